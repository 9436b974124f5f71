// The headline totals for the current filters, by the counting rules (docs/design.md; db/totals/totals.ts). Stages
// with nothing in view share one line instead of a row of $0 cards; each reported claim gets its
// own card beside what is itemised so far.
import type { Totals } from '@/lib/counting';
import { deliveryProgress, MEASURES, type Measure } from '@/lib/counting';
import { STAGE_DEFINITIONS } from '@/lib/domain';
import type { ReportedClaim } from '@/db/totals';
import { formatMoney } from '@/lib/money';
import { compactMoney, formatTimestamp, plural } from '@/lib/format';
import { MARKER_COLOR, MEASURE_COLORS, MEASURE_LABELS } from './chart-theme';

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);
const NOTES: Record<Measure, string> = {
  committed: `${capitalised(STAGE_DEFINITIONS.committed)}; draw-downs are inside their commitment.`,
  allocated: `${capitalised(STAGE_DEFINITIONS.allocated)}.`,
  disbursed: `${capitalised(STAGE_DEFINITIONS.disbursed)}.`,
  announced: `${capitalised(STAGE_DEFINITIONS.announced)}: shown apart, never in the totals.`,
};

function Figure({ measure, minor, currency }: { measure: Measure; minor: number; currency: string }) {
  return (
    <div
      className="rounded border border-line bg-paper p-3"
      style={{ borderTop: `4px solid ${MEASURE_COLORS[measure]}` }}
    >
      <dt className="text-sm text-muted">{MEASURE_LABELS[measure]}</dt>
      <dd className="num text-2xl font-semibold" data-testid={`total-${measure}`}>
        {compactMoney(minor, currency)}
      </dd>
      <dd className="num text-xs text-muted">{formatMoney(minor, currency)}</dd>
      <dd className="mt-1 text-xs text-muted">{NOTES[measure]}</dd>
    </div>
  );
}

/** "Disbursed $40M of committed $1.04B (3.8 %)": how much of what was promised has arrived; nothing when nothing is committed. */
function DeliveryLine({ totals, currency }: { totals: Totals; currency: string }) {
  const { disbursed, committed, percent } = deliveryProgress(totals);
  if (percent == null) return null;
  return (
    <p className="num text-sm" data-testid="delivery-progress">
      Disbursed <strong>{compactMoney(disbursed, currency)}</strong> of committed{' '}
      <strong>{compactMoney(committed, currency)}</strong> (
      {percent.toLocaleString('en-US', { maximumFractionDigits: 1 })} %)
      <span className="text-muted"> — draw-downs count inside their commitment, never twice.</span>
    </p>
  );
}

/** "Reported by Japan: more than $7.0B (2023-09-09) · itemised so far $1.04B · not itemised ≥ $5.96B". */
function claimLine(c: ReportedClaim, currency: string): string {
  const money = (v: number) => compactMoney(v, currency);
  const gap = c.value - c.itemisedCommitted;
  return [
    `Reported by ${c.donor}: ${c.isLowerBound ? 'more than ' : ''}${money(c.value)} (${c.announcedOn ?? 'undated'})`,
    `itemised so far ${money(c.itemisedCommitted)}`,
    ...(gap > 0 ? [`not itemised ${c.isLowerBound ? '≥ ' : ''}${money(gap)}`] : []),
  ].join(' · ');
}

export function HeadlineFigures({
  totals,
  claims,
  currency,
  lastUpdated,
}: {
  totals: Totals;
  claims: ReportedClaim[];
  currency: string;
  lastUpdated: string | null;
}) {
  const shown = MEASURES.filter((m) => totals[m] !== 0);
  const empty = MEASURES.filter((m) => totals[m] === 0);
  return (
    <section aria-labelledby="headline-h" className="space-y-2">
      <h2 id="headline-h" className="sr-only">
        Headline figures
      </h2>
      {shown.length > 0 && (
        <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">
          {shown.map((m) => (
            <Figure key={m} measure={m} minor={totals[m]} currency={currency} />
          ))}
        </dl>
      )}
      <DeliveryLine totals={totals} currency={currency} />
      {empty.length > 0 && (
        <p className="text-sm" data-testid="zero-stages">
          Nothing in view yet at: {empty.map((m) => MEASURE_LABELS[m]).join(' · ')}
        </p>
      )}
      {claims.map((c) => (
        <p
          key={c.id}
          className="num rounded border border-line bg-paper p-3 text-sm"
          style={{ borderLeft: `4px solid ${MARKER_COLOR}` }}
          data-testid="reported-claim"
        >
          {claimLine(c, currency)}
        </p>
      ))}
      <p className="text-sm text-muted">
        <span data-testid="unquantified-count">
          {plural(totals.unquantifiedCount, 'unquantified in-kind pledge')}
        </span>{' '}
        counted, not summed
        {' · '}
        {plural(totals.itemCount, 'itemised pledge')} in view
        {totals.unconvertedCount > 0 && (
          <>
            {' '}
            · {plural(totals.unconvertedCount, 'pledge')} without a rate into {currency}, left out of the sums
          </>
        )}
        {' · '}Last updated <time dateTime={lastUpdated ?? undefined}>{formatTimestamp(lastUpdated)}</time>
      </p>
    </section>
  );
}
