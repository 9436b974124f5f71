// Reading one query parameter's values from either form a page or a route handler holds; the filters
// (lib/parse-filters.ts) and the date basis (lib/date-basis.ts) read through it.
export type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every value of `key`, comma lists split, blanks dropped. */
export function valuesOf(params: Params, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  // "donor=japan,germany" and "donor=japan&donor=germany" both work.
  return raw
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
