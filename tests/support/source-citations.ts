// Pledges citing one document and the sources read back, for the source correction tests.
import { getPledge } from '../../db/pledges/read';
import { createPledge } from '../../db/pledges/writes';

export const actor = { id: null, label: 'Corrector' };

export const sourcesOf = async (id: number) =>
  (await getPledge(id))!.sources.map(({ publisher, title, publishedOn }) => ({
    publisher,
    title,
    publishedOn,
  }));

export const newest = async (id: number) => (await getPledge(id))!.revisions.at(-1)!;

let n = 0;
/** A new pledge citing `url`, its source's details as given. */
export function citing(url: string, source: Record<string, string> = {}) {
  n += 1;
  return createPledge(
    {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: `Pledge ${n}`,
      category: 'humanitarian',
      stage: 'committed',
      amount: '1000000',
      currency: 'USD',
      announcedOn: '2024-05-10',
      sources: [
        { url, publisher: 'Exampel Tmes', title: 'Joint statement', quote: `Quote ${n}.`, ...source },
      ],
    },
    actor,
  );
}
