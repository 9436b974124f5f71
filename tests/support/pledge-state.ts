// A pledge as a create revision records it (db/pledges/pledge-snapshot.ts snapshot), in US dollars,
// for the unit tests of lib/changes-effect.ts and lib/changes-summary.ts.
import type { PledgeState } from '../../lib/changes-effect';

export const pledgeState = (over: PledgeState = {}): PledgeState => ({
  donor: 'japan',
  recipient: 'ukraine',
  category: 'military',
  stage: 'committed',
  kind: 'item',
  parentId: null,
  amount: '1000000',
  currency: 'USD',
  amountUsd: '1000000',
  retractedAt: null,
  ...over,
});
