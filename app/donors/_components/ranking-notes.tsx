// What each figure of the ranking means and which years it used, beside the table (docs/design.md).
import type { DonorRanking } from '@/lib/ranking';
import { formatYears } from '@/lib/ranking-format';

export function RankingDefinitions({ ranking }: { ranking: DonorRanking }) {
  const years = [...new Set([...ranking.donors, ...ranking.groups].flatMap((r) => r.gdpYears))];
  return (
    <aside
      aria-labelledby="definitions-h"
      className="space-y-2 rounded border border-line bg-paper p-3 text-sm"
      data-testid="ranking-definitions"
    >
      <h2 id="definitions-h" className="font-semibold">
        What the figures mean
      </h2>
      <dl className="space-y-1">
        <dt className="font-medium">Committed, allocated, disbursed</dt>
        <dd>The stage totals of the dashboard, by the same counting rules, in {ranking.currency}.</dd>
        <dt className="font-medium">% of GDP</dt>
        <dd>
          Each pledge&apos;s US-dollar value ({ranking.measure}) divided by the donor&apos;s GDP in current US
          dollars
          {ranking.gdpYear
            ? ` of ${ranking.gdpYear} (a fixed reference year)`
            : " of the pledge's year (the latest earlier year when that year's figure is not out yet)"}
          , summed.
        </dd>
        <dt className="font-medium">Per capita</dt>
        <dd>
          The same values divided by the population of the year whose GDP was used, in US dollars per person.
        </dd>
        <dt className="font-medium">Share</dt>
        <dd>The donor&apos;s {ranking.measure} total as a part of all listed donors&apos; together.</dd>
        <dt className="font-medium">Rank (#)</dt>
        <dd>
          Largest first on each column; equal figures share a rank; a donor without a figure, or with nothing
          there, has none.
        </dd>
      </dl>
      <p data-testid="ranking-footnote" className="text-muted">
        GDP and population: {ranking.credit}; GDP year{years.length === 1 ? '' : 's'} used:{' '}
        {formatYears(years)}
        {ranking.undatedYear ? `; undated pledges are measured against ${ranking.undatedYear}` : ''}. EU
        institutions, multilaterals and private donors have no GDP of their own and show —.
      </p>
    </aside>
  );
}
