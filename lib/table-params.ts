// The pledge table's own query parameters (`sort`, `dir`, `page`) beside the filters of lib/filters.ts.
// Like parseFilters, parsing never throws: a bad value is dropped and named.
export const TABLE_SORTS = ['date', 'amount', 'title', 'donor', 'category', 'stage'] as const;
export type TableSort = (typeof TABLE_SORTS)[number];
export type TableParams = { sort: TableSort; dir: 'asc' | 'desc'; page: number };

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The direction a column sorts in first: names A→Z, dates and amounts newest/largest first. */
export function defaultDir(sort: TableSort): 'asc' | 'desc' {
  return sort === 'title' || sort === 'donor' || sort === 'category' || sort === 'stage' ? 'asc' : 'desc';
}

export function parseTableParams(params: Params): { table: TableParams; problems: string[] } {
  const problems: string[] = [];
  let sort: TableSort = 'date';
  const askedSort = first(params.sort);
  if (askedSort) {
    if ((TABLE_SORTS as readonly string[]).includes(askedSort)) sort = askedSort as TableSort;
    else
      problems.push(
        `sort "${askedSort.slice(0, 40)}" is not one of ${TABLE_SORTS.join(', ')}; sorted by date`,
      );
  }
  let dir = defaultDir(sort);
  const askedDir = first(params.dir);
  if (askedDir) {
    if (askedDir === 'asc' || askedDir === 'desc') dir = askedDir;
    else problems.push(`dir "${askedDir.slice(0, 40)}" is not asc or desc; ignored`);
  }
  let page = 1;
  const askedPage = first(params.page);
  if (askedPage) {
    if (/^\d{1,9}$/.test(askedPage) && Number(askedPage) >= 1) page = Number(askedPage);
    else problems.push(`page "${askedPage.slice(0, 40)}" is not a page number (1, 2, …); showing page 1`);
  }
  return { table: { sort, dir, page }, problems };
}

/** A query string for `base` (filter parameters) with the table parameters that differ from the defaults. */
export function tableHref(path: string, base: URLSearchParams, table: Partial<TableParams>): string {
  const out = new URLSearchParams(base);
  if (table.sort && table.sort !== 'date') out.set('sort', table.sort);
  if (table.sort && table.dir && table.dir !== defaultDir(table.sort)) out.set('dir', table.dir);
  if (table.page && table.page > 1) out.set('page', String(table.page));
  const qs = out.toString();
  return qs ? `${path}?${qs}` : path;
}
