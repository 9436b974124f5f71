// A donor's place among donors on its page: % of GDP, per capita and rank (db/totals/ranking.ts, as
// on /donors), for the page's filters, and its rank counting only the pledges announced before a
// chosen date (`since=`). That is today's record of those pledges, later corrections and retractions
// included — not the record as it stood on the date, which the revisions would have to rebuild.
import Link from 'next/link';
import { getDonorRanking, listReportingCurrencies } from '@/db/totals';
import { withAsOf } from '@/db/as-of';
import { carriedFilters, parseFilters, type PledgeFilters } from '@/lib/filters';
import { isRealDate } from '@/lib/dates';
import { compactMoney, plural } from '@/lib/format';
import { formatGdpUsed, formatPctGdp, formatPerCapita, formatYears } from '@/lib/ranking-format';
import type { DonorRanking, RankColumn } from '@/lib/ranking';
import type { SearchParams } from './dashboard-view';

const RANKED: { column: RankColumn; label: string }[] = [
  { column: 'committed', label: 'committed' },
  { column: 'pctGdp', label: '% of GDP' },
  { column: 'perCapita', label: 'per capita' },
];

/** The day before `iso`: the earlier rank is the one of the pledges announced before the date. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

async function rankingsOf(
  params: SearchParams,
  since: string | null,
): Promise<{ now: DonorRanking; then: DonorRanking | null; filters: PledgeFilters }> {
  const { filters: parsed } = await withAsOf(
    parseFilters(params, (await listReportingCurrencies()).all),
    params,
  );
  // Its place among all donors: the page's own donor filter does not narrow the field.
  const filters = { ...parsed, donor: [] };
  const options = { measure: 'committed' as const, gdpYear: null };
  const now = await getDonorRanking(filters, options);
  const to = since ? dayBefore(since) : null;
  const then =
    to && (!filters.from || filters.from <= to)
      ? await getDonorRanking({ ...filters, to: filters.to && filters.to < to ? filters.to : to }, options)
      : null;
  return { now, then, filters };
}

export async function DonorStanding({ slug, params }: { slug: string; params: SearchParams }) {
  const asked = [params.since].flat()[0];
  const since = asked && isRealDate(asked) ? asked : null;
  const { now, then, filters } = await rankingsOf(params, since);
  const row = now.donors.find((d) => d.slug === slug);
  if (!row) return null;
  const before = then?.donors.find((d) => d.slug === slug);
  const keep = [
    ...carriedFilters(
      new URLSearchParams(Object.entries(params).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x]))),
    ),
  ];
  return (
    <section
      aria-labelledby="standing-h"
      className="space-y-1 rounded border border-line bg-paper p-3 text-sm"
      data-testid="donor-standing"
    >
      <h2 id="standing-h" className="font-semibold">
        Among {plural(now.donors.length, 'donor')}
      </h2>
      {row.pctGdp === null ? (
        <p data-testid="standing-gdp">% of GDP and per capita: — ({row.noFigures})</p>
      ) : (
        <p data-testid="standing-gdp">
          {compactMoney(row.committed, now.currency)} committed = {formatPctGdp(row.pctGdp)} of GDP (
          {formatGdpUsed(row.gdpUsed)}), {formatPerCapita(row.perCapita)} per person (
          {formatYears(row.populationYears)} population).
        </p>
      )}
      <ul data-testid="standing-ranks">
        {RANKED.map(({ column, label }) => {
          const rank = row.ranks[column];
          const old = before ? before.ranks[column] : undefined;
          return (
            <li key={column} data-column={column}>
              Rank on {label}: {rank === null ? '—' : `#${rank}`}
              {since && (
                <span
                  data-testid={`rank-change-${column}`}
                >{` (rank ${old == null ? '—' : old} → ${rank ?? '—'} counting pledges announced before ${since})`}</span>
              )}
            </li>
          );
        })}
      </ul>
      <form method="get" className="flex flex-wrap items-end gap-2">
        {keep.map(([k, v]) => (
          <input key={`${k}=${v}`} type="hidden" name={k} value={v} />
        ))}
        <label className="flex flex-col">
          Compare with pledges announced before
          <input
            type="date"
            name="since"
            defaultValue={since ?? ''}
            className="rounded border border-line px-1"
          />
        </label>
        <button type="submit" className="rounded border border-line px-2 py-1">
          Compare
        </button>
      </form>
      <p className="text-xs text-muted">
        As on{' '}
        <Link href={`/donors${filters.currency !== 'USD' ? `?currency=${filters.currency}` : ''}`}>
          the donor ranking
        </Link>
        : GDP of each pledge&apos;s year (the latest earlier one held) and the same year&apos;s population;{' '}
        {now.credit}.
        {since
          ? ` The earlier rank counts the pledges announced before ${since} as the record stands today, with later corrections and retractions.`
          : ''}
        {asked && !since ? ` since "${asked.slice(0, 20)}" is not a date written YYYY-MM-DD; ignored.` : ''}
      </p>
    </section>
  );
}
