// Why the SQLite database could not be opened, in one line that says what is wrong and where
// (db/sqlite/client.ts throws it; scripts/lib/prepare.ts prints it).
/** Turns driver errors into one line that says what is wrong and where. */
export function describeOpenError(error: unknown, file: string): string {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  if (
    code === 'SQLITE_NOTADB' ||
    code === 'SQLITE_CORRUPT' ||
    /not a database|malformed/i.test(e?.message ?? '')
  ) {
    return `database file ${file} is not a readable SQLite database (corrupt or another kind of file); restore it from a backup or point DATABASE_URL elsewhere`;
  }
  if (code === 'SQLITE_READONLY' || /readonly/i.test(e?.message ?? '')) {
    return `database file ${file} or its directory is read-only; the tracker needs to write there`;
  }
  if (
    code === 'SQLITE_CANTOPEN' ||
    code === 'EACCES' ||
    code === 'ENOTDIR' ||
    code === 'EROFS' ||
    code === 'EEXIST'
  ) {
    return `cannot open database file ${file}: ${e?.message ?? code}`;
  }
  return `cannot open database file ${file}: ${e?.message ?? String(error)}`;
}

export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}
