// Support per year: the basis switch, the chart, the table and what the table cannot place — the
// pledges spread over several years (an estimate) and those with no year. Used by /years; `scope`
// fixes one donor (a donor's page).
import Link from 'next/link';
import { formatMoney } from '@/lib/money';
import { plural } from '@/lib/format';
import { MONTH_NAMES_LONG } from '@/lib/fiscal-year-schema';
import { yearSpan, YEAR_BASES, type YearBasis } from '@/lib/years';
import type { AnnualView } from '@/lib/years-table';
import type { Totals } from '@/lib/counting';
import { YearsChartLazy } from './years-chart-lazy';
import { YearsTable } from './years-table';

const BASIS_LABELS: Record<YearBasis, string> = {
  fiscal: "Each donor's fiscal year",
  calendar: 'Calendar years',
};

function NoYear({ label, totals, currency }: { label: string; totals: Totals; currency: string }) {
  if (totals.itemCount === 0) return null;
  return (
    <li>
      {plural(totals.itemCount, 'pledge')} {label}: {formatMoney(totals.committed, currency)} committed,{' '}
      {formatMoney(totals.disbursed, currency)} disbursed — counted in the totals, in no year.
    </li>
  );
}

export function YearsSection({
  view,
  basisHref,
  csvHref,
  apiHref,
}: {
  view: AnnualView;
  basisHref: (basis: YearBasis) => string;
  csvHref: string;
  apiHref: string;
}) {
  const c = view.currency;
  return (
    <section aria-labelledby="years-h" className="space-y-3 rounded border border-line bg-paper p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="years-h" className="font-semibold">
          Support per year
        </h2>
        <nav aria-label="Years counted" className="flex gap-3 text-sm">
          {YEAR_BASES.map((b) =>
            b === view.basis ? (
              <span key={b} aria-current="true" className="font-semibold">
                {BASIS_LABELS[b]}
              </span>
            ) : (
              <Link key={b} href={basisHref(b)}>
                {BASIS_LABELS[b]}
              </Link>
            ),
          )}
        </nav>
      </div>
      <p className="text-sm text-muted">
        Each pledge in the year it was announced, by the stage rules of the totals (draw-downs never add to
        committed twice). A pledge made for a period of several years is spread evenly over the years of that
        period: an estimate, not a record of when the money moved.
      </p>
      {view.basis === 'fiscal' && view.fiscalDonors.length > 0 && (
        <p className="text-sm" data-testid="fiscal-donors">
          Counted by fiscal year:{' '}
          {view.fiscalDonors
            .map(
              (d) =>
                `${d.name} (from ${MONTH_NAMES_LONG[d.startMonth - 1]}: FY2024 is ${yearSpan(2024, d.startMonth)})`,
            )
            .join('; ')}
          {view.startMonth == null ? '; every other donor by calendar year.' : '.'}
        </p>
      )}
      {view.rows.length > 0 && (
        <YearsChartLazy
          bars={view.rows.map((r) => ({
            label: r.label,
            committed: r.totals.committed,
            allocated: r.totals.allocated,
            disbursed: r.totals.disbursed,
          }))}
          currency={c}
        />
      )}
      <YearsTable rows={view.rows} currency={c} />
      {view.rows.length === 0 && <p className="text-sm">No pledge in view has a year.</p>}
      <ul className="list-disc pl-5 text-sm" data-testid="years-unplaced">
        <NoYear label="without a year" totals={view.withoutYear} currency={c} />
        <NoYear
          label="dated only by a calendar year, whose donor counts fiscal years (see calendar years)"
          totals={view.calendarYearOnly}
          currency={c}
        />
      </ul>
      {view.spread.length > 0 && (
        <details className="text-sm" open={view.spread.length <= 5}>
          <summary className="cursor-pointer">Spread over several years ({view.spread.length})</summary>
          <ul className="mt-1 list-disc pl-5" data-testid="years-spread">
            {view.spread.map((s) => (
              <li key={s.id}>
                <Link href={`/pledges/${s.id}`}>{s.title}</Link> ({s.donorName}): {s.label}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="flex flex-wrap gap-3 text-sm">
        <a href={csvHref}>Download CSV</a>
        <a href={apiHref}>JSON (API)</a>
      </p>
    </section>
  );
}
