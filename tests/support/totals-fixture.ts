// The pledges tests/integration/totals.test.ts counts: a commitment and its draw-downs, currencies
// other than the dollar, a retraction, a reported total.
import { useTestDatabase } from './engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge } from '../../db/pledges/writes';

export const who = { id: null, label: 'test' };

export const src = [{ title: 'Statement', publisher: 'Ministry' }];

export const item = (over: Record<string, unknown>) => ({
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Item',
  category: 'military',
  stage: 'committed',
  currency: 'USD',
  announcedOn: '2024-01-15',
  sources: src,
  ...over,
});

/** A fresh database with the FX table and the pledges, retractions and reported totals the totals are checked against. */
export async function seedTotalsFixture() {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
  const commitment = await createPledge(
    item({ title: 'Budget support', category: 'financial', amount: '1000', announcedOn: '2023-06-10' }),
    who,
  );
  await createPledge(
    item({
      title: 'Tranche 1',
      category: 'financial',
      stage: 'allocated',
      amount: '300',
      parentId: commitment.id,
      announcedOn: '2023-09-01',
    }),
    who,
  );
  await createPledge(
    item({
      title: 'Tranche 2',
      category: 'financial',
      stage: 'disbursed',
      amount: '200',
      parentId: commitment.id,
      announcedOn: '2024-01-20',
    }),
    who,
  );
  await createPledge(item({ title: 'Ammunition', stage: 'disbursed', amount: '50' }), who);
  await createPledge(item({ title: 'Drone detection', stage: 'announced', amount: '37' }), who);
  await createPledge(
    item({
      title: 'Generators',
      stage: 'announced',
      amount: null,
      currency: null,
      instrument: 'in_kind',
      category: 'humanitarian',
    }),
    who,
  );
  await createPledge(
    item({
      title: 'Gear',
      stage: 'disbursed',
      amount: null,
      currency: null,
      instrument: 'in_kind',
      announcedOn: null,
      datePrecision: 'unknown',
    }),
    who,
  );
  await createPledge(
    item({
      title: 'Undated grant',
      stage: 'committed',
      amount: '10',
      announcedOn: null,
      datePrecision: 'unknown',
      category: 'humanitarian',
    }),
    who,
  );
  await createPledge(
    item({
      title: 'Reported',
      kind: 'reported_total',
      isLowerBound: true,
      stage: 'disbursed',
      amount: '7000',
      announcedOn: '2023-09-09',
      category: 'other',
    }),
    who,
  );
  const wrong = await createPledge(item({ title: 'Retracted', stage: 'disbursed', amount: '99999' }), who);
  await retractPledge({
    id: wrong.id,
    input: { reason: 'Entered twice' },
    expectedVersion: null,
    actor: who,
  });
  await createPledge(
    item({
      title: 'Euro grant',
      donor: 'Germany',
      stage: 'committed',
      amount: '917.50',
      currency: 'EUR',
      category: 'humanitarian',
    }),
    who,
  );
}
