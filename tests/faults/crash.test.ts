// Crash safety: writers create pledges through the API while the server is killed with SIGKILL
// at random moments and restarted on the same file. Every acknowledged pledge must come back
// whole (its source and its revision), and nothing half-written may exist.
import { describe, test, expect, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { describeSqliteOnly } from '../support/engine';
import { addEditor, callJson, crashServer, pledgeBody, scale, sleep, DB_TROUBLE } from '../support/faults';
import { checkDatabaseFile } from '../../db/sqlite/check';
import { closeDb } from '../../db/sqlite/client';
import { getPledge } from '../../db/pledges/read';

const CRASHES = scale(3, 20);
const WRITERS = 6;

type Acked = { id: number; tag: string };

let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
});

// On PostgreSQL the same promise is kept by the two-server test (tests/integration/two-servers.test.ts).
describeSqliteOnly('kill -9 while writing (SQLite only: the file is checked on its own)', () => {
  test(`${CRASHES} crashes lose no acknowledged pledge and leave nothing half-written`, async () => {
    server = await startServer();
    const dbFile = server.dbFile;
    process.env.DATABASE_URL = `file:${dbFile}`;
    const editor = await addEditor('crash-writer@example.org', 'Crash Writer');
    // The server alone holds the file while it is killed, so each restart recovers the WAL itself.
    closeDb();

    const acked: Acked[] = [];
    const refused: string[] = [];
    // Never acknowledged, so allowed to be missing: requests cut off by a crash, and refused while down.
    let cutOff = 0;
    let whileDown = 0;
    let writing = true;
    let base = server.url;
    const writer = async (w: number) => {
      for (let n = 0; writing; n++) {
        const tag = `crash-${w}-${n}`;
        try {
          const answer = await callJson(base, 'POST', '/api/v1/pledges', {
            token: editor.token,
            body: pledgeBody(tag),
          });
          if (answer.status === 201) acked.push({ id: answer.json.id, tag });
          else refused.push(`${answer.status} ${answer.body.slice(0, 200)}`);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') whileDown++;
          else cutOff++;
          await sleep(20); // down or restarting: try again shortly, as a client would
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const acknowledgedAfter = (count: number) =>
      expect.poll(() => acked.length, { timeout: 60_000, interval: 10 }).toBeGreaterThan(count);

    for (let crash = 0; crash < CRASHES; crash++) {
      const ackedBefore = acked.length;
      // A random moment, but only once this server has acknowledged something: a crash must hit live writes.
      await sleep(200 + Math.random() * 1300);
      await acknowledgedAfter(ackedBefore);
      await crashServer(server);
      server = await startServer({ dbFile });
      base = server.url;
    }
    // The last restart must take writes too before the writers stop.
    await acknowledgedAfter(acked.length);
    writing = false;
    await Promise.all(writers);
    const log = server.output();
    await server.stop();
    server = undefined;

    expect(refused).toEqual([]);
    expect(log).not.toMatch(DB_TROUBLE);
    const check = checkDatabaseFile(dbFile);
    expect(check).toMatchObject({
      integrity: 'ok',
      orphans: 0,
      unsourced: 0,
      versionGaps: 0,
      foreignKeyErrors: 0,
    });

    let found = 0;
    for (const { id, tag } of acked) {
      const pledge = await getPledge(id);
      expect(pledge?.title).toBe(`Fault test ${tag}`);
      expect(pledge!.sources.map((s) => s.url)).toEqual([`https://example.org/faults/${tag}`]);
      expect(pledge!.revisions.map((r) => [r.action, r.version, r.actorLabel])).toEqual([
        ['create', 1, editor.label],
      ]);
      found++;
    }
    closeDb();
    expect(found).toBe(acked.length);
    expect(acked.length).toBeGreaterThan(CRASHES);
    console.log(
      `crash safety: ${CRASHES} kill -9 crashes survived; ${acked.length} writes acknowledged, ${found} found whole ` +
        `(source and revision); ${cutOff} requests cut off mid-flight and ${whileDown} refused while down, none acknowledged; ` +
        `${check.pledges} pledges stored; integrity ${check.integrity}`,
    );
  });
});
