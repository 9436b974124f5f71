// What the filter bar offers and accepts: reporting currencies with a current rate, the donors and
// recipients to pick from, and slugs that name no party dropped with a message.
import { read } from '../connection';
import { getPartiesBySlugs, listPartiesInRole } from '../pledges/parties';
import { loadFxTable } from '../fx';
import type { ParsedFilters } from '../../lib/filters';

/** Reporting currencies offered in the filter bar: those with a rate in the table's latest month. */
export async function listReportingCurrencies(): Promise<{ all: string[]; current: string[] }> {
  return read(async () => {
    const table = await loadFxTable();
    const all = table.currencies();
    const newestMonth = (c: string) => (c === 'USD' ? '' : (table.rateFor(c, '9999-12')?.month ?? ''));
    const latest = all.map(newestMonth).reduce((a, b) => (b > a ? b : a), '');
    return { all, current: all.filter((c) => c === 'USD' || newestMonth(c) === latest) };
  });
}

/** Donor and recipient slugs that name no party are dropped and named, like any bad filter. */
export async function dropUnknownParties(parsed: ParsedFilters): Promise<ParsedFilters> {
  return read(async () => {
    const known = new Set(
      (await getPartiesBySlugs([...parsed.filters.donor, ...parsed.filters.recipient])).map((p) => p.slug),
    );
    const problems = [...parsed.problems];
    const keep = (key: 'donor' | 'recipient') =>
      parsed.filters[key].filter((slug) => {
        if (!known.has(slug)) problems.push(`${key} "${slug}" is not a donor or recipient we know; ignored`);
        return known.has(slug);
      });
    return { filters: { ...parsed.filters, donor: keep('donor'), recipient: keep('recipient') }, problems };
  });
}

export async function listFilterParties(): Promise<{
  donors: { slug: string; name: string }[];
  recipients: { slug: string; name: string }[];
}> {
  return read(async () => {
    const pick = async (role: 'donor' | 'recipient') =>
      (await listPartiesInRole(role)).map((p) => ({ slug: p.slug, name: p.name }));
    return { donors: await pick('donor'), recipients: await pick('recipient') };
  });
}
