import type { Metadata } from 'next';
import Link from 'next/link';
import { loadFxTable } from '@/db/fx';
import { parseFilters, filtersToSearchParams } from '@/lib/filters';
import { withAsOf } from '@/db/as-of';
import { AsOfBanner } from '../_components/as-of-banner';
import { PLEDGE_COLUMNS } from '@/lib/csv/columns';
import { SERIES_COLUMNS, SUMMARY_COLUMNS } from '@/lib/csv/totals-records';
import { DONOR_COLUMNS } from '@/lib/csv/donor-records';
import { exportHref, type ExportFile } from '@/lib/csv/export-href';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Export CSV' };

const FILES: { file: ExportFile; title: string; about: string; columns: readonly string[] }[] = [
  {
    file: 'pledges',
    title: 'Pledges',
    columns: PLEDGE_COLUMNS,
    about:
      'One row per pledge (retracted ones left out), in the format the import reads back. Amounts are plain decimals in the pledge’s own currency; amount_usd is the stored conversion at fx_rate (units per US dollar) of fx_date. A pledge with several sources lists them in source_urls, source_publishers, source_titles, source_published_on and source_quotes, one item per source in the same order, separated by " | ". An empty amount is an unquantified in-kind pledge.',
  },
  {
    file: 'summary',
    title: 'Summary by donor and category',
    columns: SUMMARY_COLUMNS,
    about:
      'Totals per donor and category in the reporting currency, one column per stage, by the same counting rules as the dashboard: draw-downs never add to committed, reported totals are never summed, announced is kept apart. reported_total is the donor’s latest reported total (headline claim) in the category, with reported_is_lower_bound true for “more than”. Then delivery progress, as on each donor’s page: delivery_share_percent (disbursed ÷ committed), cancelled and cancelled_count, and median_days_to_disbursement over median_pledge_count pledges whose announcement and disbursement are both dated to the day; the donor_ columns give the same for the donor across its categories.',
  },
  {
    file: 'series',
    title: 'Cumulative series by month',
    columns: SERIES_COLUMNS,
    about:
      'The running totals at the end of each month with pledges, by announcement date — the dashboard chart’s numbers. Pledges with an unknown date count in the totals but have no month, so they are not in this file. reported_total is the latest reported total stated by the end of the month — a claim to compare with, never added.',
  },
  {
    file: 'donors',
    title: 'Donors ranked',
    columns: DONOR_COLUMNS,
    about:
      'The /donors ranking: one row per donor in rank order, then one per peer group (row = group, the sum of its listed members). pct_gdp is the measure’s US-dollar value as a percentage of GDP (current USD) of each pledge’s year, per_capita_usd the same per inhabitant; gdp_years and gdp_used_usd name the years and the GDP divided by. An empty figure has its reason in no_figures (EU institutions, multilaterals and private donors have no GDP). GDP and population: World Bank, World Development Indicators.',
  },
];

export default async function ExportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { filters, problems } = await withAsOf(
    parseFilters(params, (await loadFxTable()).currencies()),
    params,
  );
  const query = filtersToSearchParams(filters).toString();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Export CSV</h1>
      <AsOfBanner asOf={filters.asOf} />
      <p className="text-sm">
        {query ? (
          <>
            Filtered as on <Link href={`/?${query}`}>the dashboard</Link> (
            {decodeURIComponent(query).replace(/&/g, ', ')}).
          </>
        ) : (
          <>
            All pledges; set filters on <Link href="/">the dashboard</Link> to narrow the files.
          </>
        )}{' '}
        Amounts of the summary and series are in {filters.currency}.
      </p>
      {problems.length > 0 && (
        <ul className="text-sm text-red-800">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {FILES.map(({ file, title, about, columns }) => (
        <section
          key={file}
          aria-labelledby={`export-${file}`}
          className="space-y-2 rounded border border-line bg-paper p-4"
        >
          <h2 id={`export-${file}`} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="flex flex-wrap gap-4">
            <a href={exportHref(file, filters)} download data-testid={`export-${file}`}>
              {file}.csv
            </a>
            <a href={exportHref(file, filters, { bom: true })} download>
              {file}.csv for Excel (with BOM)
            </a>
          </p>
          <p className="text-sm">{about}</p>
          <p className="text-xs text-muted">
            Columns: <code>{columns.join(', ')}</code>
          </p>
        </section>
      ))}
      <p className="text-sm text-muted">
        Files are UTF-8, comma-separated (RFC 4180). A text cell that begins with =, +, -, @, a tab or a
        carriage return starts with an apostrophe so spreadsheets show it as text instead of running it as a
        formula.
      </p>
    </div>
  );
}
