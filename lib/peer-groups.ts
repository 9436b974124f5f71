// Peer groups of donors, as data: who belongs, and the date the list describes. A group's figures are
// the sums of its members' (db/totals/ranking.ts); `group=` filters by membership (lib/filters.ts).
// Members are ISO 3166 alpha-3 codes, the same codes parties carry (db/world-bank.ts).
import type { PeerGroupId } from './peer-group-ids';
export type PeerGroup = { id: string; name: string; asOf: string; note?: string; members: readonly string[] };

const EU = ['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU',
  'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE'];

export const PEER_GROUPS = [
  { id: 'g7', name: 'G7', asOf: '2024-01-01', note: 'the European Union also takes part, as an institution with no GDP of its own',
    members: ['CAN', 'FRA', 'DEU', 'ITA', 'JPN', 'GBR', 'USA'] },
  { id: 'eu', name: 'EU member states', asOf: '2024-01-01', note: 'the member states, not the EU institutions', members: EU },
  { id: 'nato', name: 'NATO', asOf: '2024-03-07', note: 'Sweden joined on this date',
    members: ['ALB', 'BEL', 'BGR', 'CAN', 'HRV', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'ISL', 'ITA', 'LVA', 'LTU',
      'LUX', 'MNE', 'NLD', 'MKD', 'NOR', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE', 'TUR', 'GBR', 'USA'] },
  { id: 'nordic', name: 'Nordic countries', asOf: '2024-01-01', members: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'] },
  { id: 'g20', name: 'G20', asOf: '2024-01-01', note: 'the 19 member countries; the EU and the African Union have no GDP of their own here',
    members: ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'KOR', 'MEX', 'RUS', 'SAU', 'ZAF', 'TUR',
      'GBR', 'USA'] },
] as const satisfies readonly (PeerGroup & { id: PeerGroupId })[];

export { PEER_GROUP_IDS, type PeerGroupId } from './peer-group-ids';

export function peerGroup(id: PeerGroupId): PeerGroup {
  return PEER_GROUPS.find((g) => g.id === id)!;
}
