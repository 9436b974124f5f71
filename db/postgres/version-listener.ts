// The data version for a server on PostgreSQL, kept current without a query per request: every
// write transaction notifies DATA_CHANNEL with the new version at commit (db/postgres/transaction.ts),
// and each server LISTENs on one connection of its own. On connect and on every reconnect it reads
// the version afresh (a commit while it was away sent a notification nobody heard); while it is
// disconnected each read asks the database instead. Free of `server-only`: scripts/serve.ts runs
// outside the app bundle.
import pg from 'pg';

export const DATA_CHANNEL = 'tracker_data';
const VERSION_SQL = "select value from meta where key = 'data_version'";

export type VersionReader = {
  read: () => Promise<number>;
  /** A version this server committed itself: known before its own notification comes back. */
  observe: (version: number) => void;
  listening: () => boolean;
  close: () => Promise<void>;
};

// The server process's reader, for the app's caches in the same process (db/meta.ts).
const global = globalThis as typeof globalThis & { __pledgeVersionReader?: VersionReader };

/** The reader scripts/serve.ts opened in this process, if any. */
export const processVersionReader = (): VersionReader | undefined => global.__pledgeVersionReader;

export function openPostgresVersionReader(url: string, options: { retryMs?: number } = {}): VersionReader {
  const retryMs = options.retryMs ?? 1000;
  const fallback = new pg.Pool({ connectionString: url, max: 2 });
  let version = 0;
  let client: pg.Client | null = null;
  let connected = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const ask = async (): Promise<number> => Number((await fallback.query(VERSION_SQL)).rows[0]?.value ?? 0);

  const reconnectSoon = () => {
    connected = false;
    const old = client;
    client = null;
    void old?.end().catch(() => {});
    if (!closed && !timer)
      timer = setTimeout(() => {
        timer = undefined;
        void connect();
      }, retryMs);
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on('error', reconnectSoon);
    next.on('end', () => {
      if (client === next) reconnectSoon();
    });
    next.on('notification', (message) => {
      const announced = Number(message.payload);
      if (message.channel === DATA_CHANNEL && Number.isFinite(announced))
        version = Math.max(version, announced);
    });
    try {
      await next.connect();
      await next.query(`listen ${DATA_CHANNEL}`);
      // Listening first, then reading: a commit in between is in the read or in a notification.
      version = Math.max(version, Number((await next.query(VERSION_SQL)).rows[0]?.value ?? 0));
      if (client === next && !closed) connected = true;
    } catch {
      if (client === next) reconnectSoon();
    }
  }
  void connect();

  const reader: VersionReader = {
    async read() {
      if (connected) return version;
      const asked = await ask();
      version = Math.max(version, asked);
      return asked;
    },
    observe(seen) {
      version = Math.max(version, seen);
    },
    listening: () => connected,
    async close() {
      closed = true;
      if (global.__pledgeVersionReader === reader) global.__pledgeVersionReader = undefined;
      clearTimeout(timer);
      connected = false;
      await client?.end().catch(() => {});
      await fallback.end().catch(() => {});
    },
  };
  return reader;
}

/** Opens the reader for this process and makes it the one the app's caches use. */
export function openProcessVersionReader(url: string): VersionReader {
  const reader = openPostgresVersionReader(url);
  global.__pledgeVersionReader = reader;
  return reader;
}
