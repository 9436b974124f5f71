// Cancelled pledges in the stored figures: a real database, the real aggregate query. A pledge
// the donor cancelled leaves the stage totals and shows in the cancelled figure; a retracted one
// (our record was wrong) is in neither.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { getTotals, getSummary } from '../../db/totals/totals';
import { EMPTY_FILTERS } from '../../lib/filters';

const who = { id: null, label: 'test' };
const item = (over: Record<string, unknown>) => ({
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Item',
  category: 'military',
  stage: 'committed',
  currency: 'USD',
  announcedOn: '2024-01-15',
  sources: [{ title: 'Statement', publisher: 'Ministry' }],
  ...over,
});

beforeAll(async () => {
  await useTestDatabase();
  await createPledge(item({ title: 'Kept', stage: 'disbursed', amount: '100' }), who);
  const withdrawn = await createPledge(item({ title: 'Withdrawn', stage: 'allocated', amount: '40' }), who);
  await updatePledge({
    id: withdrawn.id,
    patch: { stage: 'cancelled', cancelledOn: '2024-06-01' },
    expectedVersion: withdrawn.version,
    actor: who,
  });
  await createPledge(
    item({
      title: 'Gear withdrawn',
      stage: 'cancelled',
      amount: null,
      currency: null,
      instrument: 'in_kind',
    }),
    who,
  );
  const wrong = await createPledge(item({ title: 'Entered twice', stage: 'cancelled', amount: '900' }), who);
  await retractPledge({
    id: wrong.id,
    input: { reason: 'Entered twice' },
    expectedVersion: null,
    actor: who,
  });
});

describe('cancelled pledges in the totals', () => {
  test('a cancelled pledge leaves committed, allocated and disbursed, and counts as cancelled', async () => {
    expect(await getTotals(EMPTY_FILTERS)).toMatchObject({
      committed: 10_000,
      allocated: 10_000,
      disbursed: 10_000,
      cancelled: 4_000,
      cancelledCount: 2,
      retractedCount: 1,
      itemCount: 3,
    });
  });

  test('the donor × category summary carries the cancelled figure per row', async () => {
    const summary = await getSummary(EMPTY_FILTERS);
    expect(summary.map((r) => [r.donor, r.category, r.totals.cancelled, r.totals.committed])).toEqual([
      ['japan', 'military', 4_000, 10_000],
    ]);
  });
});
