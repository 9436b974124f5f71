// "By announcement date" / "by the date each stage was reached": two links that keep every filter
// of the page and change only `dates=` (docs/design.md §3), the current one marked for screen readers.
import Link from 'next/link';
import type { DateBasis } from '@/lib/filters';

export const DATE_BASIS_LABELS: Record<DateBasis, string> = {
  announced: 'By announcement date',
  reached: 'By the date each stage was reached',
};

export function DatesSwitch({ current, hrefs }: { current: DateBasis; hrefs: Record<DateBasis, string> }) {
  return (
    <nav
      aria-label="Place pledges on the chart"
      className="mt-2 flex flex-wrap gap-2 text-sm"
      data-testid="dates-switch"
    >
      {(Object.keys(DATE_BASIS_LABELS) as DateBasis[]).map((basis) =>
        basis === current ? (
          <span
            key={basis}
            aria-current="true"
            className="rounded border border-ink bg-ink px-2 py-1 text-paper"
          >
            {DATE_BASIS_LABELS[basis]}
          </span>
        ) : (
          <Link key={basis} href={hrefs[basis]} className="rounded border border-line px-2 py-1">
            {DATE_BASIS_LABELS[basis]}
          </Link>
        ),
      )}
    </nav>
  );
}
