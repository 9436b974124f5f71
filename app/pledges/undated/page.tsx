// /pledges/undated — the pledges the chart counts but cannot place, in one list, with the page's
// filters: by announcement date (`dates=announced`) those with no date; by the date each stage was
// reached (`dates=reached`, `line=` for one line) those with no date for a stage they count on.
import type { Metadata } from 'next';
import Link from 'next/link';
import { dropUnknownParties, getSeries, listFilterParties, listReportingCurrencies } from '@/db/totals';
import { listUndatedPledges, UNDATED_PAGE_SIZE } from '@/db/totals';
import { filtersToSearchParams, parseDateBasis, parseFilters, DATES_PARAM } from '@/lib/filters';
import { LINES, type Line } from '@/lib/counting';
import { describeFilters } from '@/lib/filter-summary';
import { plural } from '@/lib/format';
import { ProblemsNotice } from '@/app/_components/problems-notice';
import { UNDATED_NOUNS, undatedHref } from '@/app/_components/undated-stages';
import { withAsOf } from '@/db/as-of';
import { UndatedTable } from './_components/undated-table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Pledges without a date' };

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => [v ?? []].flat()[0]?.trim() || undefined;

export default async function UndatedPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const parsed = await withAsOf(
    await dropUnknownParties(parseFilters(params, (await listReportingCurrencies()).all)),
    params,
  );
  const { filters } = parsed;
  const problems = [...parsed.problems];
  const dates = parseDateBasis(params, problems);
  const askedLine = first(params.line);
  let line: Line | null = null;
  if (askedLine && dates === 'reached' && (LINES as readonly string[]).includes(askedLine))
    line = askedLine as Line;
  else if (askedLine)
    problems.push(
      dates === 'reached'
        ? `line "${askedLine.slice(0, 40)}" is not one of ${LINES.join(', ')}; showing every line`
        : `line is for ${DATES_PARAM}=reached; showing every pledge without an announcement date`,
    );
  const askedPage = first(params.page);
  const page = askedPage && /^\d{1,9}$/.test(askedPage) && Number(askedPage) >= 1 ? Number(askedPage) : 1;
  if (askedPage && page === 1 && askedPage !== '1')
    problems.push(`page "${askedPage.slice(0, 40)}" is not a page number (1, 2, …); showing page 1`);
  const list = await listUndatedPledges(filters, { dates, line, page });
  const byLine = dates === 'reached' ? (await getSeries(filters, 'month', 'reached')).undatedByLine : null;
  const names = new Map(
    Object.values(await listFilterParties())
      .flat()
      .map((p) => [p.slug, p.name]),
  );
  const described = describeFilters(filters, (slug) => names.get(slug) ?? slug);
  const query = filtersToSearchParams(filters).toString();
  const here = (p: number) => {
    const href = new URL(undatedHref(query, dates, line ?? undefined), 'http://x');
    if (p > 1) href.searchParams.set('page', String(p));
    return `${href.pathname}${href.search}`;
  };
  const chartQuery = new URLSearchParams(query);
  if (dates !== 'announced') chartQuery.set(DATES_PARAM, dates);
  const pages = Math.max(1, Math.ceil(list.total / UNDATED_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <header>
        <p className="text-sm text-muted">
          <Link href={`/${chartQuery.size ? `?${chartQuery}` : ''}#cumulative-h`}>Back to the chart</Link>
        </p>
        <h1 className="text-2xl font-semibold">Pledges without a date — {described.title}</h1>
        <p className="text-sm" data-testid="undated-total">
          {dates === 'announced'
            ? `${plural(list.total, 'pledge')} with no usable announcement date: counted in the totals, not placed on the chart by announcement date.`
            : `${plural(list.total, 'pledge')} counted in ${line ? `the ${line} total` : 'a total'} with no date for ${line ? 'that stage' : 'a stage they count on'}: not placed on the chart by the date each stage was reached.`}
        </p>
      </header>
      <ProblemsNotice problems={problems} />
      {byLine && (
        <p className="text-sm" data-testid="undated-lines">
          {line ? <Link href={undatedHref(query, dates)}>Every line</Link> : <strong>Every line</strong>}
          {LINES.filter((l) => byLine[l] > 0).map((l) => (
            <span key={l}>
              {' · '}
              {l === line ? (
                <strong>{plural(byLine[l], UNDATED_NOUNS[l])} without a date</strong>
              ) : (
                <Link href={undatedHref(query, dates, l)}>
                  {plural(byLine[l], UNDATED_NOUNS[l])} without a date
                </Link>
              )}
            </span>
          ))}
        </p>
      )}
      {list.rows.length > 0 && (
        <UndatedTable rows={list.rows} page={list.page} pages={pages} reached={dates === 'reached'} />
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {page > 1 && <Link href={here(page - 1)}>Previous page</Link>}
          <span>
            Page {Math.min(page, pages)} of {pages}
          </span>
          {page < pages && <Link href={here(page + 1)}>Next page</Link>}
        </nav>
      )}
    </div>
  );
}
