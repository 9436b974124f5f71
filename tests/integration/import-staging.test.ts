// Where a checked upload waits for its confirm, how much one account may keep waiting, and one
// import thread at a time — over HTTP, as the import page's forms post.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../support/server';
import { actionId, callAction, sessionCookie } from '../support/http-editor';
import { createUser } from '../../db/accounts/users';
import { MAX_STAGED_BYTES_PER_EDITOR } from '../../app/editor/import/staged-upload';
import { HEAVY_TEST_MS } from '../support/wait';

let server: RunningServer;
let serial = 0;
const PASSWORD = 'staging test password 4';
const HEADER = 'donor,recipient,title,category,stage\r\n';
const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

const root = path.resolve(import.meta.dirname, '..', '..');
// On SQLite uploads wait beside the database file; on PostgreSQL under data/ in the server's
// working directory (db/config.ts dataDirectory), which outlives this test's database.
const uploads = () =>
  path.join(server.dbFile ? path.dirname(server.dbFile) : path.join(root, 'data'), 'uploads');
const waiting = () => (fs.existsSync(uploads()) ? fs.readdirSync(uploads()) : []);
let earlier = new Set<string>();

beforeAll(async () => {
  server = await startServer();
  process.env.DATABASE_URL = server.databaseUrl; // this process's verbs use the server's database
  earlier = new Set(waiting());
});
afterAll(async () => {
  await server?.stop();
  // A PostgreSQL run's staged files are in the shared data/ folder: take away the ones it left.
  if (server && !server.dbFile)
    for (const name of waiting())
      if (!earlier.has(name)) fs.rmSync(path.join(uploads(), name), { force: true });
});

async function editor() {
  const user = await createUser({
    email: `stager-${++serial}@example.org`,
    password: PASSWORD,
    role: 'editor',
    name: `Stager ${serial}`,
  });
  return { user, cookie: await sessionCookie(server.url, user.email, PASSWORD) };
}

function dryRun(cookie: string, body: string, name = 'pledges.csv') {
  return callAction(server.url, {
    page: '/editor/import',
    id: actionId('app/editor/import/actions.ts', 'checkImportAction'),
    cookie,
    fields: [['file', new File([body], name, { type: 'text/csv' })]],
  });
}

describe('staged uploads', () => {
  test('a checked file waits under the data directory (0700 folder, 0600 file), not in the shared temp folder', async () => {
    const { user, cookie } = await editor();
    const res = await dryRun(cookie, `${HEADER}Japan,Ukraine,Staged here,military,announced\r\n`);
    expect(res.text).toContain('is ready to import');
    const mine = waiting().filter((n) => n.startsWith(`${user.id}-`) && !earlier.has(n));
    expect(mine).toHaveLength(1);
    expect(mode(uploads())).toBe('700');
    expect(mode(path.join(uploads(), mine[0]))).toBe('600');
    const shared = path.join(os.tmpdir(), 'pledge-uploads');
    expect(fs.existsSync(path.join(shared, mine[0]))).toBe(false);
  });

  test('an account whose waiting files fill its quota is told so, and nothing more is staged', async () => {
    const { user, cookie } = await editor();
    await dryRun(cookie, `${HEADER}Japan,Ukraine,First check,military,announced\r\n`);
    // Earlier checks still waiting for their confirm (a sparse file: its size is what counts).
    fs.writeFileSync(path.join(uploads(), `${user.id}-${'a'.repeat(32)}.csv`), '');
    fs.truncateSync(path.join(uploads(), `${user.id}-${'a'.repeat(32)}.csv`), MAX_STAGED_BYTES_PER_EDITOR);
    const before = fs.readdirSync(uploads()).length;
    const res = await dryRun(cookie, `${HEADER}Japan,Ukraine,Over the quota,military,announced\r\n`);
    expect(res.text).toContain('checked files waiting to be imported');
    expect(fs.readdirSync(uploads()).length).toBe(before);
  });

  test(
    'while one import runs, a second is told to try again in a moment',
    async () => {
      const a = await editor();
      const b = await editor();
      const big =
        HEADER +
        Array.from({ length: 150_000 }, (_, i) => `Japan,Ukraine,Bulk row ${i},military,announced\r\n`).join(
          '',
        );
      let done = false;
      const first = dryRun(a.cookie, big, 'big.csv').finally(() => {
        done = true;
      });
      // The first file is fully staged: its import thread starts at once.
      const staged = () =>
        waiting().some(
          (n) =>
            n.startsWith(`${a.user.id}-`) &&
            !earlier.has(n) &&
            fs.statSync(path.join(uploads(), n)).size === big.length,
        );
      await expect.poll(staged, { timeout: 30_000 }).toBe(true);
      const answers: string[] = [];
      // Bounded: the first check takes seconds; each second attempt is answered at once.
      while (!done && answers.length < 200) {
        const res = await dryRun(b.cookie, `${HEADER}Japan,Ukraine,Second import,military,announced\r\n`);
        answers.push(res.text.includes('An import is running; try again in a moment.') ? 'busy' : 'ran');
        if (answers.at(-1) === 'busy') break;
      }
      expect((await first).text).toContain('is ready to import');
      expect(answers).toContain('busy');
    },
    HEAVY_TEST_MS,
  );
});
