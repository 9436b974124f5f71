import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getPledge } from '@/db/pledges';
import { getPledgeAsOf, pageAsOf } from '@/db/as-of';
import { asOfLabel } from '@/lib/as-of';
import { AsOfBanner } from '@/app/_components/as-of-banner';
import { ProblemsNotice } from '@/app/_components/problems-notice';
import type { SearchParams } from '@/app/_components/dashboard-view';
import { currentAccount } from '@/auth';
import { formatTimestamp } from '@/lib/format';
import { CATEGORY_LABELS, INSTRUMENT_LABELS, STAGE_LABELS, PARTY_KIND_LABELS } from '@/lib/domain';
import { formatDateAt } from '@/lib/dates';
import { reachedLines, writtenAt } from '@/lib/stage-dates';
import { SourceList } from './_parts/source-list';
import { RevisionHistory } from './_parts/revision-history';
import { PledgeLinks } from './_parts/pledge-links';
import { FigureCard } from './_parts/figure-card';
import { PledgeCitation } from './_parts/pledge-citation';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

async function load(params: Props['params']) {
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) notFound();
  const pledge = await getPledge(Number(id));
  if (!pledge) notFound();
  return pledge;
}

/** The pledge as of `asOf=` when asked (null: not yet recorded then), else as it is now. */
async function loadAsOf(params: Props['params'], searchParams: Props['searchParams']) {
  const current = await load(params);
  const { asOf, problems } = await pageAsOf(await searchParams);
  return { current, asOf, problems, p: asOf ? await getPledgeAsOf(current.id, asOf) : current };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load(params);
  return { title: `${p.title} — ${p.donor.name} → ${p.recipient.name}` };
}

export default async function PledgePage({ params, searchParams }: Props) {
  const { current, asOf, problems, p } = await loadAsOf(params, searchParams);
  if (!p)
    return (
      <article className="space-y-4">
        <AsOfBanner asOf={asOf} />
        <h1 className="text-2xl font-semibold">{current.title}</h1>
        <p data-testid="not-yet-recorded">
          {`This pledge was not yet recorded on ${asOfLabel(asOf!)}. `}
          <Link href={`/pledges/${current.id}`}>See it now</Link>.
        </p>
      </article>
    );
  // Only for a signed-in editor. A request with a session is never marked shareable
  // (lib/page-cache.ts), so no cache hands this link to anonymous visitors.
  const editor = await currentAccount();
  const fields: [string, React.ReactNode][] = [
    [
      'Donor',
      <Link key="d" href={`/donors/${p.donor.slug}`}>
        {p.donor.name}
      </Link>,
    ],
    [
      'Recipient',
      <Link key="r" href={`/recipients/${p.recipient.slug}`}>
        {p.recipient.name}
      </Link>,
    ],
    ['Category', CATEGORY_LABELS[p.category]],
    ['Instrument', INSTRUMENT_LABELS[p.instrument]],
    ['Stage', STAGE_LABELS[p.stage]],
    [
      'Kind',
      p.kind === 'reported_total'
        ? 'Reported total (a headline claim: compared with itemised pledges, never added)'
        : 'Itemised pledge',
    ],
    ['Announced', `${formatDateAt(p.announcedOn, p.datePrecision)} (precision: ${p.datePrecision})`],
    ...reachedLines(p),
    ['Donor kind', PARTY_KIND_LABELS[p.donor.kind]],
    ['External id', p.externalId ?? '—'],
    ['Version', String(p.version)],
    ['Last changed', formatTimestamp(p.updatedAt)],
  ];
  return (
    <article className="space-y-6">
      <ProblemsNotice problems={problems} />
      <AsOfBanner asOf={asOf} />
      {p.retractedAt && (
        <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <strong>Retracted</strong> on {formatTimestamp(p.retractedAt)}: {p.retractionReason}. It is left out
          of every total and kept here for the record.
        </div>
      )}
      {p.stage === 'cancelled' && !p.retractedAt && (
        <div role="note" className="rounded border-2 border-line bg-paper p-3">
          <strong>Cancelled</strong> by the donor (
          {writtenAt(p.cancelledOn, p.cancelledPrecision) ?? 'date unknown'}): it is out of the committed,
          allocated and disbursed totals and counted as cancelled. The sources below say so.
        </div>
      )}
      <header>
        <p className="text-sm text-muted">
          <Link href="/">Dashboard</Link> › <Link href={`/donors/${p.donor.slug}`}>{p.donor.name}</Link> →{' '}
          <Link href={`/recipients/${p.recipient.slug}`}>{p.recipient.name}</Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {p.title}
          {p.retractedAt && (
            <span className="ml-2 rounded bg-red-700 px-2 py-0.5 align-middle text-sm font-semibold text-white">
              Retracted
            </span>
          )}
        </h1>
        {p.description && <p className="mt-2 max-w-3xl">{p.description}</p>}
        {editor && (
          <p className="mt-2 text-sm">
            <Link href={`/editor/pledges/${p.id}`}>Edit this pledge</Link>
          </p>
        )}
      </header>
      <section aria-labelledby="figure-h" className="grid gap-4 md:grid-cols-2">
        <FigureCard p={p} />
        <SourceList sources={p.sources} />
      </section>
      <section aria-labelledby="details-h" className="rounded border border-line bg-paper p-4">
        <h2 id="details-h" className="font-semibold">
          Details
        </h2>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          {fields.map(([k, v]) => [
            <dt key={`${k}-t`} className="text-muted">
              {k}
            </dt>,
            <dd key={`${k}-d`}>{v}</dd>,
          ])}
        </dl>
      </section>
      <PledgeLinks parent={p.parent} drawdowns={p.drawdowns} />
      <RevisionHistory revisions={p.revisions} />
      {await PledgeCitation({ pledge: p, searchParams })}
    </article>
  );
}
