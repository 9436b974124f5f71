// The dashboard's link to /years, carrying its filters so the annual view shows the same pledges.
import Link from 'next/link';
import { carriedFilters } from '@/lib/filters';
import type { SearchParams } from '@/app/_components/dashboard-view';

export function YearsLink({ params }: { params: SearchParams }) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v ?? []].flat()) query.append(k, one);
  const carried = carriedFilters(query).toString();
  return (
    <p className="text-sm">
      <Link href={carried ? `/years?${carried}` : '/years'} data-testid="years-link">
        Support per year
      </Link>{' '}
      <span className="text-muted">
        (calendar or fiscal years; multi-year pledges spread over their period)
      </span>
    </p>
  );
}
