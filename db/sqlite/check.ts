// Verifies a database file on its own (backups, restores, crash tests) without opening it as the
// process's database.
import Database from 'better-sqlite3';

export type FileCheck = {
  integrity: string;
  pledges: number;
  revisions: number;
  orphans: number;
  unsourced: number;
  versionGaps: number;
  foreignKeyErrors: number;
};

/**
 * Integrity and row counts of a SQLite file, read-only, and the signs of a half-written pledge:
 * `orphans` = pledges missing a revision, `unsourced` = pledges with an amount but no source,
 * `versionGaps` = pledges whose version is not the one their last revision recorded (a change
 * stored without its revision, or the reverse), `foreignKeyErrors` = rows pointing at nothing.
 */
export function checkDatabaseFile(file: string): FileCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      integrity,
      pledges: count('select count(*) as n from pledges'),
      revisions: count('select count(*) as n from revisions'),
      orphans: count(
        'select count(*) as n from pledges p where not exists (select 1 from revisions r where r.pledge_id = p.id)',
      ),
      unsourced: count(
        'select count(*) as n from pledges p where p.amount is not null and not exists (select 1 from pledge_sources s where s.pledge_id = p.id)',
      ),
      versionGaps: count(
        'select count(*) as n from pledges p where p.version is not (select max(r.version) from revisions r where r.pledge_id = p.id)',
      ),
      foreignKeyErrors: db.prepare('pragma foreign_key_check').all().length,
    };
  } finally {
    db.close();
  }
}

/** Every row of the data tables in a stable order, for comparing two files. */
export function dumpDataTables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const [table, order] of [
      ['parties', 'id'],
      ['pledges', 'id'],
      ['sources', 'id'],
      ['pledge_sources', 'pledge_id, source_id'],
      ['revisions', 'id'],
      ['users', 'id'],
      ['fx_rates', 'currency, month'],
    ]) {
      out[table] = db.prepare(`select * from ${table} order by ${order}`).all();
    }
    return out;
  } finally {
    db.close();
  }
}
