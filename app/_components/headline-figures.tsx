// The headline totals for the current filters, by DESIGN.md's counting rules (db/totals.ts).
import type { Totals } from '@/lib/counting';
import { formatMoney } from '@/lib/money';
import { compactMoney, formatTimestamp, plural } from '@/lib/format';
import { MEASURE_COLORS } from './chart-theme';

function Figure({ label, minor, currency, color, note, testId }: {
  label: string; minor: number; currency: string; color: string; note: string; testId: string;
}) {
  return (
    <div className="rounded border border-line bg-paper p-3" style={{ borderTop: `4px solid ${color}` }}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="num text-2xl font-semibold" data-testid={testId}>{compactMoney(minor, currency)}</dd>
      <dd className="num text-xs text-muted">{formatMoney(minor, currency)}</dd>
      <dd className="mt-1 text-xs text-muted">{note}</dd>
    </div>
  );
}

export function HeadlineFigures({ totals, currency, lastUpdated }: { totals: Totals; currency: string; lastUpdated: string | null }) {
  return (
    <section aria-labelledby="headline-h" className="space-y-2">
      <h2 id="headline-h" className="sr-only">Headline figures</h2>
      <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">
        <Figure label="Committed" minor={totals.committed} currency={currency} color={MEASURE_COLORS.committed} testId="total-committed"
          note="Binding pledges; draw-downs are inside their commitment." />
        <Figure label="Allocated" minor={totals.allocated} currency={currency} color={MEASURE_COLORS.allocated} testId="total-allocated"
          note="Earmarked for specific items or projects." />
        <Figure label="Disbursed" minor={totals.disbursed} currency={currency} color={MEASURE_COLORS.disbursed} testId="total-disbursed"
          note="Paid or delivered." />
        <Figure label="Announced, not yet committed" minor={totals.announced} currency={currency} color={MEASURE_COLORS.announced} testId="total-announced"
          note="Statements of intent: shown apart, never in the totals." />
      </dl>
      <p className="text-sm text-muted">
        <span data-testid="unquantified-count">{plural(totals.unquantifiedCount, 'unquantified in-kind pledge')}</span> counted, not summed
        {' · '}{plural(totals.itemCount, 'itemised pledge')} in view
        {totals.unconvertedCount > 0 && <> · {plural(totals.unconvertedCount, 'pledge')} without a rate into {currency}, left out of the sums</>}
        {' · '}Last updated <time dateTime={lastUpdated ?? undefined}>{formatTimestamp(lastUpdated)}</time>
      </p>
    </section>
  );
}
