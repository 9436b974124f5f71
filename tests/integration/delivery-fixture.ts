// Pledges for the delivery tests, written through the real write verb: two donors of their own
// (no seeded article names them), disbursements dated to the day, to the month and not at all, a
// draw-down paid inside its commitment, a cancellation, and an announcement with no date.
import { createPledge } from '../../db/pledges/writes';

const who = { id: null, label: 'delivery test' };
const item = (over: Record<string, unknown>) => ({
  donor: 'Freedonia',
  recipient: 'Ukraine',
  category: 'military',
  currency: 'USD',
  sources: [{ title: 'Statement', publisher: 'Ministry', quote: 'The ministry said so.' }],
  ...over,
});

/** The figures these rows give, in minor units (USD cents), checked on either engine. */
export const EXPECTED = {
  freedonia: {
    overall: { committed: 133_000, disbursed: 48_000, percent: 36.1, cancelled: 4_000, cancelledCount: 1 },
    median: { days: 30, pledges: 3, coarse: 1 },
    military: {
      committed: 30_000,
      disbursed: 15_000,
      percent: 50,
      cancelled: 4_000,
      median: { days: 35, pledges: 2, coarse: 0 },
    },
  },
};

export async function writeDeliveryFixture(): Promise<void> {
  const at = (title: string, over: Record<string, unknown>) => createPledge(item({ title, ...over }), who);
  // 60 days (2024 is a leap year) and 10 days: the military median is 35.
  await at('Shells', {
    stage: 'disbursed',
    amount: '100',
    announcedOn: '2024-01-01',
    disbursedOn: '2024-03-01',
  });
  await at('Rifles', {
    stage: 'disbursed',
    amount: '50',
    announcedOn: '2024-02-01',
    disbursedOn: '2024-02-11',
  });
  await at('Trucks', { stage: 'committed', amount: '150', announcedOn: '2024-03-01' });
  await at('Radars', {
    stage: 'cancelled',
    amount: '40',
    announcedOn: '2024-03-01',
    cancelledOn: '2024-06-01',
  });
  // Disbursed "in April 2024": a month, so out of the median and counted apart.
  await at('Tents', {
    category: 'humanitarian',
    stage: 'disbursed',
    amount: '20',
    announcedOn: '2024-01-10',
    disbursedOn: '2024-04',
  });
  await at('Blankets', {
    category: 'humanitarian',
    stage: 'disbursed',
    amount: '10',
    announcedOn: '2024-02-01',
  });
  const budget = await at('Budget support', {
    category: 'financial',
    stage: 'committed',
    amount: '1000',
    announcedOn: '2024-05-01',
  });
  // A draw-down: disbursed inside its commitment (never adds to committed), 30 days to pay.
  await at('First tranche', {
    category: 'financial',
    stage: 'disbursed',
    amount: '300',
    parentId: budget.id,
    announcedOn: '2024-05-01',
    disbursedOn: '2024-05-31',
  });
  await at('Grain', {
    donor: 'Sylvania',
    category: 'other',
    stage: 'committed',
    amount: '500',
    announcedOn: '2024-01-01',
  });
  await at('Generators', {
    donor: 'Sylvania',
    category: 'other',
    stage: 'announced',
    amount: '25',
    announcedOn: null,
  });
}
