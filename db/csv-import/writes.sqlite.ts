// SQLite's store for the import's batched writer (db/csv-import/writes.ts): prepared multi-row
// INSERTs, one statement per batch size, and ids assigned as AUTOINCREMENT would (one past the
// largest ever used, from sqlite_sequence).
import type { Statement } from 'better-sqlite3';
import { getSqlite } from '../sqlite/client';
import { INSERT_COLUMNS } from './insert-columns';
import { BATCH, type BatchStore, type ParentFacts } from './writes';

/** An INSERT of `width` values per row, run with as many rows as given (BATCH per statement). */
function inserter(head: string, tuple: string, width: number) {
  const sqlite = getSqlite();
  const statements = new Map<number, Statement>();
  return (values: unknown[]) => {
    const rows = values.length / width;
    for (let at = 0; at < rows; at += BATCH) {
      const n = Math.min(BATCH, rows - at);
      let statement = statements.get(n);
      if (!statement)
        statements.set(n, (statement = sqlite.prepare(`${head} values ${Array(n).fill(tuple).join(', ')}`)));
      statement.run(n === rows ? values : values.slice(at * width, (at + n) * width));
    }
  };
}

export function sqliteBatchStore(): BatchStore {
  const sqlite = getSqlite();
  const byId = sqlite.prepare('select id from pledges where id = ?').pluck();
  const byExternalId = sqlite.prepare('select id from pledges where external_id = ?').pluck();
  const selectParent =
    sqlite.prepare(`select retracted_at as retractedAt, parent_id as parentId, kind, donor_id as donorId, stage
    from pledges where id = ?`);
  let nextId = Number(
    sqlite
      .prepare(`select max(coalesce((select seq from sqlite_sequence where name = 'pledges'), 0),
    coalesce((select max(id) from pledges), 0)) + 1`)
      .pluck()
      .get(),
  );
  return {
    takeId: () => nextId++,
    writePledges: inserter(
      `insert into pledges (id, ${INSERT_COLUMNS.join(', ')})`,
      `(${Array(INSERT_COLUMNS.length + 1)
        .fill('?')
        .join(', ')})`,
      INSERT_COLUMNS.length + 1,
    ),
    writeLinks: inserter(
      'insert into pledge_sources (pledge_id, source_id, quote, position)',
      '(?, ?, ?, ?)',
      4,
    ),
    writeRevisions: inserter(
      'insert into revisions (pledge_id, action, actor_id, actor_label, reason, changes, version)',
      "(?, 'create', ?, ?, ?, ?, 1)",
      5,
    ),
    storedParent: (id) => selectParent.get(id) as ParentFacts | undefined,
    hasPledge: (id) => byId.get(id) !== undefined,
    withExternalId: (externalId) => byExternalId.get(externalId) as number | undefined,
  };
}
