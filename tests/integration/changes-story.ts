// The story the change feed tests (changes-api.test.ts) read back: three pledges of one donor created
// on day 1, one corrected on day 2, one cancelled and one retracted on day 3 (times set back by hand).
import { NEW_PLEDGE } from './api-support';
import { withRawDatabase } from '../support/raw-db';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';

const actor = { id: null, label: 'Ada Editor' };
export const DONOR = 'changeland';
export const DAYS = ['2026-01-10T09:00:00.000Z', '2026-01-20T09:00:00.000Z', '2026-01-30T09:00:00.000Z'];

/** The story's changes as the feed lists them, newest first: [kind, pledge title]. */
export const STORY_NEWEST_FIRST = [
  ['retraction', 'Radar A'],
  ['cancellation', 'Tents C'],
  ['correction', 'Trucks B'],
  ['create', 'Tents C'],
  ['create', 'Trucks B'],
  ['create', 'Radar A'],
];

export const storyPledge = (title: string, amount: string, category = 'military') =>
  createPledge({ ...NEW_PLEDGE, donor: 'Changeland', title, amount, category, stage: 'committed' }, actor);

/** Writes the story through the verbs, then sets each revision's time back to its day. */
export async function writeChangeStory(databaseUrl: string): Promise<void> {
  const a = await storyPledge('Radar A', '1000000');
  const b = await storyPledge('Trucks B', '5000000');
  const c = await storyPledge('Tents C', '2000000', 'humanitarian');
  const correct = (id: number, patch: Record<string, string>, reason: string) =>
    updatePledge({ id, patch, expectedVersion: 1, actor, reason });
  await correct(b.id, { amount: '4000000' }, 'Misread');
  await correct(c.id, { stage: 'cancelled' }, 'Withdrawn');
  await retractPledge({ id: a.id, input: { reason: 'Duplicate' }, expectedVersion: 1, actor });
  // Revisions in id order: 3 creates (day 1), the correction (day 2), cancellation and retraction (day 3).
  await withRawDatabase(databaseUrl, async (q) => {
    const ids = (
      await q<{ id: number }>('select id from revisions where pledge_id in (?, ?, ?) order by id', [
        a.id,
        b.id,
        c.id,
      ])
    ).map((r) => Number(r.id));
    const at = [DAYS[0], DAYS[0], DAYS[0], DAYS[1], DAYS[2], DAYS[2]];
    for (const [i, id] of ids.entries()) await q('update revisions set at = ? where id = ?', [at[i], id]);
  });
}
