// The ranking as a table: one row per donor, a column per figure with its rank, every header a sort
// link, every number a link to the pledges behind it, "—" with the reason where a donor has no figures.
import Link from 'next/link';
import type { DonorRanking, DonorRow, RankColumn, SortColumn } from '@/lib/ranking';
import { compactMoney } from '@/lib/format';
import { formatMoney } from '@/lib/money';
import {
  formatGdpUsed,
  formatPctGdp,
  formatPerCapita,
  formatShare,
  pledgesBehind,
} from '@/lib/ranking-format';
import type { PledgeFilters } from '@/lib/filters';

export const COLUMN_LABELS: Record<SortColumn, string> = {
  name: 'Donor',
  committed: 'Committed',
  allocated: 'Allocated',
  disbursed: 'Disbursed',
  pctGdp: '% of GDP',
  perCapita: 'Per capita',
  share: 'Share',
};

type Props = {
  ranking: DonorRanking;
  rows: DonorRow[];
  filters: PledgeFilters;
  sort: SortColumn;
  dir: 'asc' | 'desc';
  sortHref: (column: SortColumn, dir: 'asc' | 'desc') => string;
};

function Cell({
  row,
  column,
  text,
  title,
  href,
}: {
  row: DonorRow;
  column: RankColumn;
  text: string;
  title?: string;
  href: string;
}) {
  const rank = row.ranks[column];
  return (
    <td className="num whitespace-nowrap p-1" data-column={column} data-rank={rank ?? ''}>
      <Link href={href} title={title}>
        {text}
      </Link>
      {rank !== null && <span className="ml-1 text-xs text-muted">#{rank}</span>}
    </td>
  );
}

export function RankingTable({ ranking, rows, filters, sort, dir, sortHref }: Props) {
  const { currency, measure } = ranking;
  const header = (column: SortColumn) => {
    const active = sort === column;
    const next = active && dir === 'desc' ? 'asc' : active ? 'desc' : column === 'name' ? 'asc' : 'desc';
    return (
      <th
        key={column}
        scope="col"
        className={`p-1 ${column === 'name' ? 'text-left' : ''}`}
        aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <Link href={sortHref(column, next)}>
          {COLUMN_LABELS[column]}
          {active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Donor ranking">
      <table className="w-full min-w-[48rem] border-collapse text-right text-sm" data-testid="donor-ranking">
        <caption className="sr-only">
          Donors ranked by {measure} ({currency}); % of GDP, per capita and share of the {measure} total
        </caption>
        <thead>
          <tr>
            {(['name', 'committed', 'allocated', 'disbursed', 'pctGdp', 'perCapita', 'share'] as const).map(
              header,
            )}
            <th scope="col" className="p-1">
              GDP used (current USD)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const behind = (m: typeof measure) => pledgesBehind(filters, r.slug, m);
            return (
              <tr key={r.slug} className="border-t border-line" data-donor={r.slug}>
                <th scope="row" className="p-1 text-left font-normal">
                  <Link href={`/donors/${r.slug}`}>{r.name}</Link>
                </th>
                {(['committed', 'allocated', 'disbursed'] as const).map((m) => (
                  <Cell
                    key={m}
                    row={r}
                    column={m}
                    text={compactMoney(r[m], currency)}
                    title={formatMoney(r[m], currency)}
                    href={behind(m)}
                  />
                ))}
                {r.pctGdp === null ? (
                  <td colSpan={2} className="p-1 text-left text-muted" data-column="pctGdp" data-rank="">
                    — <span className="text-xs">({r.noFigures})</span>
                  </td>
                ) : (
                  <>
                    <Cell row={r} column="pctGdp" text={formatPctGdp(r.pctGdp)} href={behind(measure)} />
                    <Cell
                      row={r}
                      column="perCapita"
                      text={formatPerCapita(r.perCapita)}
                      href={behind(measure)}
                    />
                  </>
                )}
                <Cell row={r} column="share" text={formatShare(r.share)} href={behind(measure)} />
                <td className="num p-1 text-xs" data-column="gdpUsed">
                  {formatGdpUsed(r.gdpUsed)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
