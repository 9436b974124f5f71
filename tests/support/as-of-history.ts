// Three days of a record's history, written through the verbs and then dated back as an operator
// would with sqlite3 or psql (the verbs stamp the present): each day's revisions get that day's noon,
// each pledge its create revision's time. After each day the real table is read, so a test can hold
// the record rebuilt as of that day against the record as it really stood.
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { unretractPledge } from '../../db/pledges/unretract';
import { openDatabaseNow } from '../../db/connection';
import { withRawDatabase } from './raw-db';

export const DAYS = ['2025-03-10', '2025-04-10', '2025-05-10'] as const;
export type Day = (typeof DAYS)[number];
/** The stored row of each pledge at the end of each day, by id (retracted ones included). */
export type Stood = Record<Day, Record<number, Record<string, unknown>>>;

const who = { id: null, label: 'test' };
const item = (over: Record<string, unknown>) => ({
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Item',
  category: 'military',
  stage: 'committed',
  currency: 'USD',
  announcedOn: '2025-01-15',
  sources: [{ title: 'Statement', publisher: 'Ministry', quote: 'We pledge it.' }],
  ...over,
});

const readRows = (url: string) =>
  withRawDatabase(url, async (query) => {
    const found = await query<Record<string, unknown>>('select * from pledges order by id');
    return Object.fromEntries(found.map((r) => [Number(r.id), r]));
  });
const lastRevisionId = (url: string) =>
  withRawDatabase(url, async (query) =>
    Number((await query<{ n: number }>('select max(id) as n from revisions'))[0].n),
  );

/**
 * Writes the history into the database `url` (this process's DATABASE_URL) and dates it back.
 * `afterDay` runs at the end of each day, before it is dated back (a test reads the live record then).
 */
export async function writeThreeDays(
  url: string,
  afterDay: (day: Day) => Promise<void> = async () => {},
): Promise<{ stood: Stood; ids: Record<string, number> }> {
  const stood = {} as Stood;
  const ends: number[] = [];
  await openDatabaseNow(); // creates and migrates a new SQLite file before the raw reads
  const start = (await lastRevisionId(url)) || 0;
  // Day 1: two pledges.
  const drones = await createPledge(item({ title: 'Drones', amount: '100' }), who);
  const food = await createPledge(
    item({ donor: 'Germany', title: 'Food', category: 'humanitarian', stage: 'announced', amount: '40' }),
    who,
  );
  stood[DAYS[0]] = await readRows(url);
  ends.push(await lastRevisionId(url));
  await afterDay(DAYS[0]);
  // Day 2: a correction (amount, stage, description), a new pledge in yen, a retraction.
  const corrected = await updatePledge({
    id: drones.id,
    patch: { amount: '150', stage: 'disbursed', disbursedOn: '2025-04', description: 'Delivered.' },
    expectedVersion: drones.version,
    actor: who,
  });
  const radars = await createPledge(
    item({ title: 'Radars', amount: '1000000', currency: 'JPY', fxRate: 160, isLowerBound: true }),
    who,
  );
  await retractPledge({ id: food.id, input: { reason: 'Entered twice' }, expectedVersion: null, actor: who });
  stood[DAYS[1]] = await readRows(url);
  ends.push(await lastRevisionId(url));
  await afterDay(DAYS[1]);
  // Day 3: a second correction, the retraction undone, the new pledge retracted.
  await updatePledge({
    id: drones.id,
    patch: { amount: '120', title: 'Drones and spares', donor: 'Poland' },
    expectedVersion: corrected.version,
    actor: who,
  });
  await unretractPledge({
    id: food.id,
    input: { reason: 'Not a duplicate' },
    expectedVersion: null,
    actor: who,
  });
  await retractPledge({ id: radars.id, input: { reason: 'Never made' }, expectedVersion: null, actor: who });
  stood[DAYS[2]] = await readRows(url);
  await afterDay(DAYS[2]);
  await withRawDatabase(url, async (query) => {
    for (const [i, day] of DAYS.entries()) {
      const after = i === 0 ? start : ends[i - 1];
      const until = i < ends.length ? ends[i] : 2 ** 31 - 1;
      await query('update revisions set at = ? where id > ? and id <= ?', [
        `${day}T12:00:00.000Z`,
        after,
        until,
      ]);
    }
    await query(
      `update pledges set created_at = (select at from revisions where pledge_id = pledges.id and action = 'create')
       where id in (select pledge_id from revisions where id > ?)`,
      [start],
    );
  });
  return { stood, ids: { drones: drones.id, food: food.id, radars: radars.id } };
}
