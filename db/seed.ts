// What the two source articles state, recorded on an empty database. Only Japan's own pledges
// are seeded: claims the articles make about other parties' actions are not ours to record.
// Stages follow the articles' words: "allocation of $37 million for a drone detection system" is
// earmarked for one item (allocated); "decision to allocate $1 billion" and generators being
// supplied are decisions to give (committed); gear it "has sent" is delivered (disbursed).
// db/migrations/0003_seed_stages_per_sources.sql corrects databases seeded before this.
import { count } from 'drizzle-orm';
import { writeTransaction } from './client';
import { pledges } from './schema';
import { seedFxRates } from './fx';
import { createPledgeIn } from './pledge-writes';
import type { PledgeInput } from '../lib/pledge-schema';

const KAMIKAWA = {
  url: null,
  publisher: null,
  title: 'Tokyo’s commitment to Ukraine underscored by FM’s surprise visit to Kyiv',
  publishedOn: '2024-01-07',
};
const HAYASHI = {
  url: null,
  publisher: 'Japan Times',
  title: '[Untitled report] Foreign Minister Yoshimasa Hayashi’s unannounced visit to Ukraine',
  publishedOn: '2023-09-09',
};

const japanToUkraine = { donor: 'Japan', donorKind: 'government', recipient: 'Ukraine', recipientKind: 'government' } as const;

export const ARTICLE_PLEDGES: PledgeInput[] = [
  {
    ...japanToUkraine,
    title: 'Drone detection system',
    description: 'Announced by Foreign Minister Yoko Kamikawa at a press conference in Kyiv with Dmytro Kuleba.',
    category: 'military', instrument: 'unspecified', stage: 'allocated',
    amount: '37000000', currency: 'USD', announcedOn: '2024-01-07', datePrecision: 'day',
    sources: [{ ...KAMIKAWA, quote: 'She condemned Russia’s recent missile and drone attacks and announced Japan’s allocation of $37 million for a drone detection system, along with supplying generators to help Ukraine endure another winter.' }],
  },
  {
    ...japanToUkraine,
    title: 'Humanitarian projects and reconstruction',
    description: 'Reported by Ukrainian Prime Minister Denys Shmygal, with potential increases through international institutions.',
    category: 'humanitarian', instrument: 'unspecified', stage: 'committed',
    amount: '1000000000', currency: 'USD', announcedOn: '2024-01-07', datePrecision: 'day',
    sources: [{ ...KAMIKAWA, quote: 'Shmygal highlighted Japan’s decision to allocate $1 billion for humanitarian projects and reconstruction, with potential increases through international institutions.' }],
  },
  {
    ...japanToUkraine,
    title: 'Generators to help Ukraine endure another winter',
    description: 'In-kind supply announced alongside the drone detection system; no quantity or value stated.',
    category: 'humanitarian', instrument: 'in_kind', stage: 'committed',
    announcedOn: '2024-01-07', datePrecision: 'day',
    sources: [{ ...KAMIKAWA, quote: 'She condemned Russia’s recent missile and drone attacks and announced Japan’s allocation of $37 million for a drone detection system, along with supplying generators to help Ukraine endure another winter.' }],
  },
  {
    ...japanToUkraine,
    title: 'Non-lethal defense equipment',
    description: 'Reported as already sent by 2023-09-09; no quantity, value or delivery date stated.',
    category: 'military', instrument: 'in_kind', stage: 'disbursed',
    announcedOn: null, datePrecision: 'unknown',
    sources: [{ ...HAYASHI, quote: 'Japan has provided Ukraine with more than $7 billion in aid and has sent nonlethal defense gear to Kyiv.' }],
  },
  {
    ...japanToUkraine,
    title: 'Total aid provided to Ukraine (reported)',
    description: 'Headline cumulative figure reported at Foreign Minister Yoshimasa Hayashi’s visit to Kyiv; a lower bound, compared with the itemised pledges and never added to them.',
    category: 'other', instrument: 'unspecified', stage: 'disbursed', kind: 'reported_total', isLowerBound: true,
    amount: '7000000000', currency: 'USD', announcedOn: '2023-09-09', datePrecision: 'day',
    sources: [{ ...HAYASHI, quote: 'Japan has provided Ukraine with more than $7 billion in aid and has sent nonlethal defense gear to Kyiv.' }],
  },
];

export const SEED_ACTOR = { id: null, label: 'seed (source articles)' };

/** Loads FX rates when missing and the articles' pledges when no pledge exists. */
export function seedIfEmpty(): { fxRates: number; pledges: number } {
  return writeTransaction((tx) => {
    const fxRates = seedFxRates(tx);
    const existing = tx.select({ n: count() }).from(pledges).get()?.n ?? 0;
    if (existing > 0) return { fxRates, pledges: 0 };
    for (const input of ARTICLE_PLEDGES) createPledgeIn(tx, input, SEED_ACTOR);
    return { fxRates, pledges: ARTICLE_PLEDGES.length };
  });
}
