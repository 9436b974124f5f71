// What changed between two dates, leading /changes?since=&until=: each donor's stage figures moved
// by the window's changes, in the sentences /api/v1/changes/summary also gives.
import Link from 'next/link';
import type { ChangeSummary } from '@/db/changes';
import { SUMMARY_MAX_CHANGES, type ChangeFilters } from '@/lib/changes-params';
import { effectSentence } from '@/lib/changes-summary';
import { plural } from '@/lib/format';

export function EffectSummary({
  filters,
  summary,
  names,
}: {
  filters: ChangeFilters;
  summary: ChangeSummary;
  names: Record<string, string>;
}) {
  const from = filters.since ? `from ${filters.since}` : 'from the first change';
  const window = `${from} ${filters.until ? `to ${filters.until}` : 'to today'}`;
  return (
    <section
      aria-labelledby="effect-h"
      className="rounded border border-line bg-paper p-4"
      data-testid="effect-summary"
    >
      <h2 id="effect-h" className="font-semibold">
        Effect on the totals, {window} (UTC)
      </h2>
      {summary.tooMany ? (
        <p className="mt-2 text-sm" role="status">
          More than {SUMMARY_MAX_CHANGES.toLocaleString('en-US')} changes were made in this window: choose a
          shorter one, or a donor, recipient or category, to see their effect. The changes are listed below.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            {plural(summary.changeCount, 'change')} in the window; each pledge counted by the counting rules
            before and after each change, in US dollars at the rates stored with it.
          </p>
          {summary.rows.length === 0 ? (
            <p className="mt-2 text-sm">No change in this window moved a total.</p>
          ) : (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {summary.rows.map((r) => (
                <li key={`${r.donor}-${r.line}`} data-testid="effect-row">
                  <Link href={`/donors/${r.donor}`}>{names[r.donor] ?? r.donor}</Link>
                  {effectSentence(r, names[r.donor] ?? r.donor).slice((names[r.donor] ?? r.donor).length)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
