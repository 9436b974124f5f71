// Which engine this process's database runs on, decided by DATABASE_URL each time it is asked (a
// test points one process at one database after another): `postgres://` or `postgresql://` selects
// PostgreSQL, `file:` or nothing the embedded SQLite file. Free of I/O and of either driver, so
// the start script, config checks and the scripts outside the app bundle may import it.
import { databaseUrlSetting } from '../lib/env';

export type Engine = 'sqlite' | 'postgres';

export const isPostgresUrl = (url: string | undefined): boolean =>
  !!url && /^postgres(ql)?:\/\//i.test(url.trim());

export const engineOf = (url: string | undefined): Engine => (isPostgresUrl(url) ? 'postgres' : 'sqlite');

/** The engine DATABASE_URL names now. */
export const engine = (): Engine => engineOf(databaseUrlSetting());

export const onPostgres = (): boolean => engine() === 'postgres';
