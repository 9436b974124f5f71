// Applies the rows of one CSV file inside the import's transaction: a row updates the pledge its id
// or external_id names, otherwise creates one; parent_id may name a row of the same file (by its id
// or ext:<external_id>), even one further down, so such rows wait until the file has been read.
// The creates and the look-ups of stored pledges go through the engine's ImportWriter: the batched
// prepared statements of db/csv-import/writes.sqlite.ts, or the per-row verbs (db/csv-import/writes.ts).
import type { Tx } from '../connection';
import type { Actor } from '../pledges/writes';
import { fieldProblems, importReason, type ImportWriter, type IncomingRow } from './incoming-row';
import { updateFromRow } from './row-update';
import { FileKeys } from './file-keys';
import type { CellProblem } from '../../lib/csv/pledge-record';
import { addProblem, notePledge, type ImportReport } from '../../lib/csv/import-report';
import { ValidationError } from '../../lib/validation';

type Pending = { row: IncomingRow; line: number };

/**
 * `emptyAtStart`: pledges held no rows when the transaction began, so every row creates one and
 * no stored pledge needs looking up (the file's own rows are found in memory).
 */
export function rowApplier(
  tx: Tx,
  actor: Actor,
  report: ImportReport,
  limitErrors: number,
  writer: ImportWriter,
  emptyAtStart: boolean,
) {
  const reason = importReason(report);
  const fileIds = new Map<number, number>(); // the file's id column → the pledge it became
  const createdHere = new Set<number>();
  const createdExternalIds = new Map<string, number>();
  const fileKeys = new FileKeys();
  const waiting: Pending[] = [];

  const fail = (line: number, problems: CellProblem[]) => {
    for (const p of problems) addProblem(report, { line, column: p.column, message: p.message }, limitErrors);
  };
  // A stored pledge, unless this import created it: the file's own ids never point at new rows.
  // (answered without a promise when memory suffices: into an empty table, most rows)
  const stored = (id: number) => !emptyAtStart && !createdHere.has(id) && writer.hasPledge(id);
  const withExternalId = (externalId: string) =>
    createdExternalIds.get(externalId) ?? (emptyAtStart ? undefined : writer.withExternalId(externalId));

  /** The parent's pledge id; undefined while it may still be a row further down the file. */
  async function parentOf(row: IncomingRow): Promise<number | undefined> {
    const ref = row.parentRef!;
    if ('id' in ref) return fileIds.get(ref.id) ?? ((await stored(ref.id)) ? ref.id : undefined);
    return withExternalId(ref.externalId);
  }

  async function write(row: IncomingRow, line: number, parentId: number | null): Promise<void> {
    const externalId = row.externalId;
    const byId = row.id != null ? stored(row.id) : false;
    let target: number | undefined;
    if (typeof byId === 'boolean' ? byId : await byId) target = row.id!;
    else if (externalId) {
      const found = withExternalId(externalId);
      target = found === undefined || typeof found === 'number' ? found : await found;
    }
    if (target === undefined) {
      const id = await writer.create(row, parentId);
      if (!emptyAtStart) createdHere.add(id); // (into an empty table no file id can name a stored pledge)
      if (externalId) createdExternalIds.set(externalId, id);
      if (row.id != null) fileIds.set(row.id, id);
      report.created++;
      notePledge(report, id);
      return;
    }
    const changed = await updateFromRow(tx, writer, { row, line, target, parentId }, actor, reason);
    if (row.id != null) fileIds.set(row.id, target);
    if (changed) {
      report.updated++;
      notePledge(report, target);
    } else report.unchanged++;
  }

  async function attempt(row: IncomingRow, line: number, final: boolean): Promise<void> {
    let parentId: number | null = null;
    if (row.parentRef) {
      const found = await parentOf(row);
      if (found === undefined && !final) {
        waiting.push({ row, line });
        return;
      }
      if (found === undefined) {
        const ref = row.parentRef;
        fail(line, [
          {
            column: 'parent_id',
            message:
              'id' in ref
                ? `parent_id ${ref.id} is neither a stored pledge nor the id of a row in this file`
                : `parent_id ext:${ref.externalId}: no stored pledge and no row in this file has external_id "${ref.externalId}"`,
          },
        ]);
        return;
      }
      parentId = found;
    }
    try {
      await write(row, line, parentId);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      fail(line, fieldProblems(error.fields));
    }
  }

  return {
    /** Checks a row against the rows before it, then writes it (or keeps it for later). */
    apply(row: IncomingRow, line: number): Promise<void> | undefined {
      report.rows++;
      const duplicates = fileKeys.duplicates(row, line);
      const problems = duplicates.length > 0 ? [...row.problems, ...duplicates] : row.problems;
      if (problems.length > 0) fail(line, problems);
      else return attempt(row, line, false);
    },
    /** Rows whose parent came later in the file; a parent still missing is an error. */
    async finish(): Promise<void> {
      for (const { row, line } of waiting.splice(0)) await attempt(row, line, true);
      await writer.flush();
    },
  };
}
