// The tables a verb names, for whichever engine this process runs on. Each export stands for the
// table of the same name in db/schema.ts (SQLite) or db/postgres/schema.ts (PostgreSQL), chosen
// when it is used, not when it is imported (a test may point DATABASE_URL at one engine after
// another). The two schemas are column for column the same (tests/unit/engine-schemas.test.ts), so
// a verb's query is written once against the SQLite table's types and runs on either engine with
// that engine's own column mappings (booleans, bigint money, double-precision rates).
//
// Why a forwarding object rather than a table argument on every verb: the verbs' queries then read
// exactly as drizzle's documentation writes them, and the engine choice stays in this one file.
import * as sqlite from './schema';
import * as postgres from './postgres/schema';
import { onPostgres } from './engine';

type Tables = Pick<
  typeof sqlite,
  | 'users'
  | 'apiTokens'
  | 'sessions'
  | 'auditLog'
  | 'loginThrottle'
  | 'parties'
  | 'pledges'
  | 'sources'
  | 'pledgeSources'
  | 'revisions'
  | 'fxRates'
  | 'meta'
  | 'releases'
>;

function bound<K extends keyof Tables>(name: K): Tables[K] {
  const current = (): object => (onPostgres() ? postgres[name] : sqlite[name]);
  return new Proxy(sqlite[name], {
    get: (_target, key) => Reflect.get(current(), key),
    has: (_target, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getPrototypeOf: () => Object.getPrototypeOf(current()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
      // A proxy may not report a property of another object as fixed; none of drizzle's are.
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
  });
}

export const users = bound('users');
export const apiTokens = bound('apiTokens');
export const sessions = bound('sessions');
export const auditLog = bound('auditLog');
export const loginThrottle = bound('loginThrottle');
export const parties = bound('parties');
export const pledges = bound('pledges');
export const sources = bound('sources');
export const pledgeSources = bound('pledgeSources');
export const revisions = bound('revisions');
export const fxRates = bound('fxRates');
export const meta = bound('meta');
export const releases = bound('releases');

export type { User, Party, PledgeRow, NewPledgeRow, SourceRow, RevisionRow, ReleaseRow } from './schema';
