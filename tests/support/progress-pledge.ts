// The committed pledge the progress tests move on, in a fresh database for each test.
import { useTestDatabase } from './engine';
import { closeDb } from '../../db/sqlite/client';
import { createPledge } from '../../db/pledges';

export const who = { id: null, label: 'Eda Editor' };

export const source = {
  url: 'https://example.org/mofa/paid',
  publisher: 'MOFA',
  quote: 'Japan has disbursed the full amount.',
};

/** A fresh database holding one committed pledge, its id. */
export async function freshCommittedPledge(): Promise<number> {
  closeDb();
  await useTestDatabase();
  const created = await createPledge(
    {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: 'Budget support',
      category: 'financial',
      stage: 'committed',
      amount: '1000',
      currency: 'USD',
      announcedOn: '2024-01-07',
      committedOn: '2024-01-07',
      sources: [{ url: 'https://example.org/mofa/pledge', publisher: 'MOFA', quote: 'Japan will provide' }],
    },
    who,
  );
  return created.id;
}
