// The pledges tests/integration/series-reached.test.ts charts by the date each stage was reached.
import { useTestDatabase } from './engine';
import { createPledge, updatePledge } from '../../db/pledges/writes';

export const who = { id: null, label: 'test' };

export const item = (over: Record<string, unknown>) => ({
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Item',
  category: 'military',
  currency: 'USD',
  sources: [{ title: 'Statement', publisher: 'Ministry' }],
  ...over,
});

export const ids: Record<string, number> = {};

/** A fresh database with pledges that reach their stages on dates of their own; their ids in `ids`. */
export async function seedReachedFixture() {
  await useTestDatabase();
  const parent = await createPledge(
    item({
      title: 'Loan facility',
      stage: 'committed',
      amount: '1000',
      announcedOn: '2024-01-05',
      committedOn: '2024-01-20',
    }),
    who,
  );
  await createPledge(
    item({
      title: 'First tranche',
      stage: 'disbursed',
      amount: '300',
      parentId: parent.id,
      announcedOn: '2024-02-01',
      allocatedOn: '2024-03-01',
      disbursedOn: '2024-04-10',
    }),
    who,
  );
  await createPledge(
    item({
      title: 'Shells',
      stage: 'disbursed',
      amount: '100',
      announcedOn: '2024-01-15',
      committedOn: '2024-02-10',
      disbursedOn: '2024-05',
    }),
    who,
  );
  const withdrawn = await createPledge(
    item({
      title: 'Radar',
      stage: 'allocated',
      amount: '40',
      announcedOn: '2024-01-15',
      committedOn: '2024-02-01',
      allocatedOn: '2024-02-15',
    }),
    who,
  );
  await updatePledge({
    id: withdrawn.id,
    patch: { stage: 'cancelled', cancelledOn: '2024-06-01' },
    expectedVersion: withdrawn.version,
    actor: who,
  });
  ids.gear = (
    await createPledge(
      item({ title: 'Gear sent', stage: 'disbursed', amount: '5', announcedOn: '2024-01-15' }),
      who,
    )
  ).id;
}
