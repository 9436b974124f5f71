// Under the chart: the pledges it counts but cannot place on the time axis. By announcement date,
// how many have no date; by the date each stage was reached, per line, the pledges counted in its
// total with no date for that stage ("12 disbursements without a date"), the first ones by name.
// Either way one link opens them all in one list (/pledges/undated), its count the same as here.
import Link from 'next/link';
import type { CumulativeChart } from '@/db/totals';
import { LINES, type Line } from '@/lib/counting';
import { DATES_PARAM, type DateBasis } from '@/lib/filters';
import { plural } from '@/lib/format';

export const UNDATED_NOUNS: Record<Line, string> = {
  announced: 'announcement',
  committed: 'commitment',
  allocated: 'allocation',
  disbursed: 'disbursement',
  cancelled: 'cancellation',
};

/** The list of undated pledges for a page's filter query (`donor=japan&…`), by `dates`, optionally one line's. */
export function undatedHref(filtersQuery: string, dates: DateBasis, line?: Line): string {
  const q = new URLSearchParams(filtersQuery);
  q.delete(DATES_PARAM);
  q.delete('line');
  if (dates !== 'announced') q.set(DATES_PARAM, dates);
  if (line) q.set('line', line);
  return q.size ? `/pledges/undated?${q}` : '/pledges/undated';
}

/** `csvHref` is the export of the rows in view: its query is the page's filters. */
export function UndatedStages({ chart, csvHref }: { chart: CumulativeChart; csvHref: string }) {
  const query = csvHref.split('?')[1] ?? '';
  const all = (
    <Link href={undatedHref(query, chart.dates)} data-testid="undated-link">
      {chart.undatedCount === 1
        ? 'See it in a list'
        : `See all ${chart.undatedCount.toLocaleString('en-US')} in one list`}
    </Link>
  );
  if (chart.dates === 'announced')
    return (
      <p className="mt-2 text-sm" data-testid="undated-note">
        {chart.undatedCount === 0 ? (
          'Every pledge in view has a usable date.'
        ) : (
          <>
            {`${plural(chart.undatedCount, 'pledge')} ${chart.undatedCount === 1 ? 'has' : 'have'} no usable date: counted in the totals above, not placed on the time axis. `}
            {all}.
          </>
        )}
      </p>
    );
  const lines = LINES.filter((l) => chart.undatedByLine[l] > 0);
  if (lines.length === 0)
    return (
      <p className="mt-2 text-sm" data-testid="undated-note">
        Every stage in view has a date: each line steps when its stage was reached.
      </p>
    );
  return (
    <div className="mt-2 text-sm" data-testid="undated-note">
      <p>
        Counted in the totals above, not placed on the time axis ({plural(chart.undatedCount, 'pledge')}):
      </p>
      <ul className="ml-4 list-disc">
        {lines.map((line) => {
          const count = chart.undatedByLine[line];
          const named = chart.undatedPledges?.[line] ?? [];
          return (
            <li key={line} data-testid={`undated-${line}`}>
              <details>
                <summary className="cursor-pointer">
                  {plural(count, UNDATED_NOUNS[line])} without a date
                </summary>
                <ul className="ml-4">
                  {named.map((p) => (
                    <li key={p.id}>
                      <Link href={`/pledges/${p.id}`}>{p.title}</Link>
                    </li>
                  ))}
                  {count > named.length && (
                    <li className="text-muted">and {(count - named.length).toLocaleString('en-US')} more</li>
                  )}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      <p>{all}: each with the stages it has no date for.</p>
    </div>
  );
}
