// The database the search tests share (tests/integration/search*.test.ts): the seed, and pledges
// in Cyrillic and Japanese and a retracted one for the searches to find or leave out.
import { useTestDatabase } from './engine';
import { seedIfEmpty } from '../../db/fixtures/seed';
import { createPledge, retractPledge } from '../../db/pledges/writes';
import { searchPledges } from '../../db/pledges/search';
import { hitSegments } from '../../lib/search-query';

export const actor = { id: null, label: 'search test' };

export const source = (quote: string) => [{ url: null, publisher: 'Kyodo', title: 'Wire report', quote }];

export const titles = async (q: unknown) =>
  (await searchPledges(q)).hits.map((h) =>
    hitSegments(h.title)
      .map((s) => s.text)
      .join(''),
  );

/** A fresh database with the seed and three pledges the searches look for: one in Cyrillic, one in
 * Japanese, one retracted. */
export async function seedSearchFixture() {
  await useTestDatabase();
  await seedIfEmpty();
  const cyrillic = (
    await createPledge(
      {
        donor: 'Україна',
        recipient: 'Молдова',
        title: 'Енергетичне обладнання',
        category: 'humanitarian',
        stage: 'announced',
        announcedOn: '2024-02-01',
        sources: source('Україна передасть генератори Молдові.'),
      },
      actor,
    )
  ).id;
  const japanese = (
    await createPledge(
      {
        donor: '日本国際協力機構',
        recipient: 'Ukraine',
        title: '地雷除去支援',
        category: 'humanitarian',
        stage: 'committed',
        announcedOn: '2024-03-01',
        sources: source('日本政府は地雷除去の支援を決定した。'),
      },
      actor,
    )
  ).id;
  const wrong = await createPledge(
    {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: 'Zebracrossing kits',
      category: 'other',
      stage: 'announced',
      announcedOn: '2024-03-02',
      sources: source('A mistaken record.'),
    },
    actor,
  );
  await retractPledge({
    id: wrong.id,
    input: { reason: 'not a pledge' },
    expectedVersion: wrong.version,
    actor,
  });
  return { kyiv: cyrillic, chinese: japanese, retracted: wrong.id };
}
