// A stored pledge read back two ways: as the input that would recreate it (edit forms, PATCH
// merging, CSV, undo) and as the snapshot a revision records (db/pledges/revisions.ts diffs them).
import type { PledgeView } from './read';
import type { PledgeInput } from '../../lib/pledge-schema';
import { minorToDecimal } from '../../lib/money';
import { stageDatesToInput } from '../../lib/stage-dates';

/** A stored pledge as the input that would recreate it (edit forms, PATCH merging, CSV). */
export function pledgeToInput(p: PledgeView): PledgeInput {
  return {
    externalId: p.externalId,
    donor: p.donor.name,
    donorKind: p.donor.kind,
    recipient: p.recipient.name,
    recipientKind: p.recipient.kind,
    title: p.title,
    description: p.description,
    category: p.category,
    instrument: p.instrument,
    stage: p.stage,
    kind: p.kind,
    isLowerBound: p.isLowerBound,
    parentId: p.parentId,
    amount: p.amount == null || !p.currency ? null : minorToDecimal(p.amount, p.currency),
    currency: p.currency,
    fxRate: p.fxSource === 'editor' ? p.fxRate : null,
    announcedOn: p.announcedOn,
    datePrecision: p.datePrecision,
    ...stageDatesToInput(p),
    sources: p.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedOn: s.publishedOn,
      accessedOn: s.accessedOn,
      quote: s.quote || null,
    })),
  };
}

/** The parts of a pledge a revision snapshot reads (a bulk import builds it without re-reading). */
export type SnapshotFields = Omit<
  PledgeView,
  'sources' | 'parent' | 'drawdowns' | 'revisions' | 'donor' | 'recipient'
> & {
  donor: Pick<PledgeView['donor'], 'slug'>;
  recipient: Pick<PledgeView['recipient'], 'slug'>;
  sources: Pick<PledgeView['sources'][number], 'url' | 'title' | 'publisher' | 'quote'>[];
};

/** What a revision records: every user-visible field, sources included. */
export function snapshot(p: SnapshotFields): Record<string, unknown> {
  return {
    externalId: p.externalId,
    donor: p.donor.slug,
    recipient: p.recipient.slug,
    title: p.title,
    description: p.description,
    category: p.category,
    instrument: p.instrument,
    stage: p.stage,
    kind: p.kind,
    isLowerBound: p.isLowerBound,
    parentId: p.parentId,
    amount: p.amount == null || !p.currency ? null : minorToDecimal(p.amount, p.currency),
    currency: p.currency,
    amountUsd: p.amountUsd == null ? null : minorToDecimal(p.amountUsd, 'USD'),
    fxRate: p.fxRate,
    fxDate: p.fxDate,
    announcedOn: p.announcedOn,
    datePrecision: p.datePrecision,
    ...stageDatesToInput(p),
    retractedAt: p.retractedAt,
    sources: p.sources.map((s) => [s.url ?? s.title, s.publisher, s.quote].filter(Boolean).join(' — ')),
  };
}
