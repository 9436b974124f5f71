// How the ranking's figures read, on the page and in the chart tables: % of GDP to three decimals
// ("0.025 %"), per capita in US dollars with cents, shares as percentages; "—" where there is none.
import type { RankMeasure } from './ranking';
import type { Stage } from './domain';
import type { PledgeFilters } from './filters';
import { filtersToSearchParams } from './filters';

export const NO_FIGURE = '—';

export function formatPctGdp(pct: number | null): string {
  return pct === null ? NO_FIGURE : `${pct.toFixed(3)} %`;
}

export function formatPerCapita(usd: number | null): string {
  return usd === null ? NO_FIGURE : `$${usd.toFixed(2)}`;
}

export function formatShare(share: number | null): string {
  return share === null ? NO_FIGURE : `${(share * 100).toFixed(1)} %`;
}

export function formatYears(years: readonly number[]): string {
  if (years.length === 0) return NO_FIGURE;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

const wholeUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** "2023: $4,212,945,159,781" — the GDP a figure divided by, with its year. */
export function formatGdpUsed(used: readonly { year: number; usd: number }[]): string {
  return used.length === 0
    ? NO_FIGURE
    : used.map((g) => `${g.year}: ${wholeUsd.format(Math.round(g.usd))}`).join('; ');
}

/** The stages a measure sums (lib/counting.ts): committed counts what reached at least commitment. */
const STAGES_OF: Record<RankMeasure, Stage[]> = {
  committed: ['committed', 'allocated', 'disbursed'],
  allocated: ['allocated', 'disbursed'],
  disbursed: ['disbursed'],
};

/** The dashboard listing the pledges behind one donor's figure (draw-downs show there too, counted once). */
export function pledgesBehind(filters: PledgeFilters, donor: string, measure: RankMeasure): string {
  const stages = STAGES_OF[measure].filter((s) => filters.stage.length === 0 || filters.stage.includes(s));
  const q = filtersToSearchParams({ ...filters, donor: [donor], stage: stages, group: null });
  return `/?${q}#pledges-h`;
}
