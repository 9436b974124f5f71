// A test's own connection to a database URL of either engine, for what an operator would do with
// sqlite3 or psql (set a timestamp back, read every row), never through the app's verbs.
import Database from 'better-sqlite3';
import pg from 'pg';

export type RawQuery = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

const isPostgres = (url: string) => /^postgres(ql)?:\/\//i.test(url);

/** Runs `fn` with a query function on its own connection (`?` placeholders, on either engine), then closes it. */
export async function withRawDatabase<T>(
  url: string,
  fn: (query: RawQuery, engine: 'sqlite' | 'postgres') => Promise<T>,
): Promise<T> {
  if (isPostgres(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const query: RawQuery = async (text, params = []) => {
        let n = 0;
        return (
          await client.query(
            text.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows;
      };
      return await fn(query, 'postgres');
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.replace(/^file:/, ''), { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const query: RawQuery = async <R>(text: string, params: unknown[] = []) => {
      const statement = db.prepare(text);
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as R[];
    };
    return await fn(query, 'sqlite');
  } finally {
    db.close();
  }
}
