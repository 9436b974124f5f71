// Peer groups as rows: each the sum of its members among the listed donors, over the group's GDP.
import type { DonorRanking } from '@/lib/ranking';
import { compactMoney } from '@/lib/format';
import { formatPctGdp, formatPerCapita, formatShare, formatYears } from '@/lib/ranking-format';

export function GroupTable({ ranking }: { ranking: DonorRanking }) {
  const { currency } = ranking;
  return (
    <section aria-labelledby="groups-h" className="space-y-1">
      <h2 id="groups-h" className="font-semibold">
        Peer groups
      </h2>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Peer groups">
        <table
          className="w-full min-w-[48rem] border-collapse text-right text-sm"
          data-testid="group-ranking"
        >
          <caption className="sr-only">Peer groups: sums of their members&apos; figures ({currency})</caption>
          <thead>
            <tr>
              {[
                'Group',
                'Members listed',
                'Committed',
                'Allocated',
                'Disbursed',
                '% of group GDP',
                'Per capita',
                'Share',
                'GDP years',
              ].map((h, i) => (
                <th key={h} scope="col" className={`p-1 ${i === 0 ? 'text-left' : ''}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranking.groups.map((g) => {
              const { note } = g;
              return (
                <tr key={g.id} className="border-t border-line" data-group={g.id}>
                  <th scope="row" className="p-1 text-left font-normal">
                    {g.name}{' '}
                    <span className="text-xs text-muted">
                      (members as of {g.asOf}
                      {note ? `; ${note}` : ''})
                    </span>
                  </th>
                  <td className="num p-1">
                    {g.memberCount} of {g.members.length}
                  </td>
                  <td className="num p-1">{compactMoney(g.committed, currency)}</td>
                  <td className="num p-1">{compactMoney(g.allocated, currency)}</td>
                  <td className="num p-1">{compactMoney(g.disbursed, currency)}</td>
                  <td className="num p-1">{formatPctGdp(g.pctGdp)}</td>
                  <td className="num p-1">{formatPerCapita(g.perCapita)}</td>
                  <td className="num p-1">{formatShare(g.share)}</td>
                  <td className="num p-1">{formatYears(g.gdpYears)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
