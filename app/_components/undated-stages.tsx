// Under the chart by reached date: per line, the pledges counted in its total that have no date
// for that stage ("12 disbursements without a date"), each pledge a link to its page.
import Link from 'next/link';
import type { CumulativeChart } from '@/db/totals';
import { LINES, type Line } from '@/lib/counting';
import { plural } from '@/lib/format';

const NOUNS: Record<Line, string> = {
  announced: 'announcement',
  committed: 'commitment',
  allocated: 'allocation',
  disbursed: 'disbursement',
  cancelled: 'cancellation',
};

export function UndatedStages({ chart }: { chart: CumulativeChart }) {
  const lines = LINES.filter((l) => chart.undatedByLine[l] > 0);
  if (lines.length === 0)
    return (
      <p className="mt-2 text-sm" data-testid="undated-note">
        Every stage in view has a date: each line steps when its stage was reached.
      </p>
    );
  return (
    <div className="mt-2 text-sm" data-testid="undated-note">
      <p>Counted in the totals above, not placed on the time axis:</p>
      <ul className="ml-4 list-disc">
        {lines.map((line) => {
          const count = chart.undatedByLine[line];
          const named = chart.undatedPledges?.[line] ?? [];
          return (
            <li key={line} data-testid={`undated-${line}`}>
              <details>
                <summary className="cursor-pointer">{plural(count, NOUNS[line])} without a date</summary>
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
    </div>
  );
}
