// The `basis` parameter of the annual view (/years, /export/years.csv), forgiving like the filters:
// a bad value is named in `problems` and each donor's fiscal year used.
import { YEAR_BASES, YEAR_BASIS_PARAM, type YearBasis } from './years';

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseYearBasis(params: Params, problems: string[] = []): YearBasis {
  const raw = params instanceof URLSearchParams ? params.get(YEAR_BASIS_PARAM) : params[YEAR_BASIS_PARAM];
  const asked = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!asked) return 'fiscal';
  if ((YEAR_BASES as readonly string[]).includes(asked)) return asked as YearBasis;
  problems.push(
    `${YEAR_BASIS_PARAM} "${asked.slice(0, 40)}" is not one of ${YEAR_BASES.join(', ')}; showing each donor's fiscal year`,
  );
  return 'fiscal';
}
