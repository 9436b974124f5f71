// A row that names a stored pledge updates it, in a savepoint of the import's transaction; source
// cells the file leaves as they are keep the stored sources whole (db/csv-import/rows.ts calls it).
import { writeTransaction, type Tx } from '../connection';
import { readPledge } from '../pledges/read';
import { updatePledgeIn, type Actor } from '../pledges/writes';
import { joinList } from '../../lib/csv/columns';
import type { ImportWriter, IncomingRow } from './incoming-row';

const SOURCE_FIELDS = ['url', 'publisher', 'title', 'publishedOn', 'quote'] as const;
const KEPT_WHEN_EMPTY = new Set<string>(['title', 'publishedOn']);

/** Applies the row's input to stored pledge `target`; whether that made a new version. */
export async function updateFromRow(
  tx: Tx,
  writer: ImportWriter,
  change: { row: IncomingRow; line: number; target: number; parentId: number | null },
  actor: Actor,
  reason: string,
): Promise<boolean> {
  const { row, line, target, parentId } = change;
  if (!row.input)
    throw new Error(`line ${line}: a row prepared only for a create names stored pledge ${target}`);
  await writer.flush(); // the update reads pledges back
  const current = (await readPledge(tx, target))!;
  const patch = { ...row.input, parentId };
  // Unchanged source cells keep the stored sources whole (the access dates the CSV does not carry).
  // An empty title or date keeps the stored one (db/pledges/sources.ts upsertSource), so it is no change.
  const unchanged = SOURCE_FIELDS.every((key) => {
    const given = patch.sources?.map(
      (s, i) => s[key] ?? (KEPT_WHEN_EMPTY.has(key) ? current.sources[i]?.[key] : null),
    );
    return given === undefined || joinList(given) === joinList(current.sources.map((s) => s[key]));
  });
  if (unchanged) delete patch.sources;
  // A savepoint: an update refused part-way leaves nothing behind (the import's own transaction bumps the data version).
  const after = await writeTransaction(
    (savepoint) => updatePledgeIn(savepoint, target, patch, null, actor, reason),
    { touchesData: false },
  );
  return after.version !== current.version;
}
