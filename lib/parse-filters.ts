// Parsing the filter parameters of lib/filters.ts, which re-exports it. It never throws: a bad value
// is dropped and named in `problems`, so a page still renders and says what it ignored.
import { CATEGORIES, INSTRUMENTS, STAGES, isSlug } from './domain';
import { isRealDate } from './dates';
import { PEER_GROUP_IDS, type PeerGroupId } from './peer-group-ids';
import type { PledgeFilters } from './filters';
import { valuesOf, type Params } from './query-values';

export type ParsedFilters = { filters: PledgeFilters; problems: string[] };

function pickEnum<T extends string>(
  params: Params,
  key: string,
  allowed: readonly T[],
  problems: string[],
): T[] {
  const out: T[] = [];
  for (const v of valuesOf(params, key)) {
    if ((allowed as readonly string[]).includes(v)) out.push(v as T);
    else problems.push(`${key} "${v.slice(0, 40)}" is not one of ${allowed.join(', ')}; ignored`);
  }
  return [...new Set(out)];
}

/**
 * @param currencies reporting currencies we hold rates for (USD plus the FX table's).
 */
export function parseFilters(params: Params, currencies: readonly string[] = ['USD']): ParsedFilters {
  const problems: string[] = [];
  const slugs = (key: string) => {
    const out: string[] = [];
    for (const v of valuesOf(params, key)) {
      if (isSlug(v)) out.push(v);
      else problems.push(`${key} "${v.slice(0, 40)}" is not a party slug; ignored`);
    }
    return [...new Set(out)].slice(0, 50);
  };
  const date = (key: 'from' | 'to') => {
    const [v] = valuesOf(params, key);
    if (!v) return null;
    if (isRealDate(v)) return v;
    problems.push(`${key} "${v.slice(0, 40)}" is not a date written YYYY-MM-DD; ignored`);
    return null;
  };
  let from = date('from');
  let to = date('to');
  if (from && to && from > to) {
    problems.push(`from ${from} is after to ${to}; date range ignored`);
    from = null;
    to = null;
  }
  let currency = 'USD';
  const [askedCurrency] = valuesOf(params, 'currency');
  if (askedCurrency) {
    const code = askedCurrency.toUpperCase();
    if (currencies.includes(code)) currency = code;
    else problems.push(`currency "${askedCurrency.slice(0, 10)}" has no exchange rates here; showing USD`);
  }
  let group: PeerGroupId | null = null;
  const [askedGroup] = valuesOf(params, 'group');
  if (askedGroup) {
    const id = askedGroup.toLowerCase();
    if ((PEER_GROUP_IDS as readonly string[]).includes(id)) group = id as PeerGroupId;
    else
      problems.push(
        `group "${askedGroup.slice(0, 40)}" is not a peer group; use one of ${PEER_GROUP_IDS.join(', ')}; ignored`,
      );
  }
  return {
    filters: {
      donor: slugs('donor'),
      recipient: slugs('recipient'),
      category: pickEnum(params, 'category', CATEGORIES, problems),
      stage: pickEnum(params, 'stage', STAGES, problems),
      instrument: pickEnum(params, 'instrument', INSTRUMENTS, problems),
      from,
      to,
      currency,
      group,
    },
    problems,
  };
}
