// Two editors correct the same pledge from the same version at the same moment, round after
// round: exactly one wins, the other is told 409 with the pledge as it now is, and the history
// gains exactly one change per round (the winner's), never a silent merge or overwrite.
import { describe, test, expect, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { addEditor, callJson, pledgeBody, scale, sleep, DB_TROUBLE, type Editor } from '../support/faults';
import { updatePledge } from '../../db/pledges/writes';
import { VersionConflictError } from '../../lib/validation';
import { percentile } from '../../scripts/lib/load';
import { closeDb } from '../../db/sqlite/client';
import { getPledge } from '../../db/pledges/read';

const ROUNDS = scale(20, 200);

let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  closeDb();
});

describe('two editors, one pledge, one version', () => {
  test(`${ROUNDS} simultaneous PATCH pairs: one 200 and one 409 each, one revision each`, async () => {
    server = await startServer();
    const base = server.url;
    process.env.DATABASE_URL = server.databaseUrl;
    const alice = await addEditor('alice@example.org', 'Alice Editor');
    const bruno = await addEditor('bruno@example.org', 'Bruno Editor');
    const created = await callJson(base, 'POST', '/api/v1/pledges', {
      token: alice.token,
      body: pledgeBody('race'),
    });
    expect(created.status).toBe(201);
    const id = created.json.id;

    // Each editor changes a different field, so a lost update would show as a silent merge. Every
    // fourth round Bruno writes from this process through db/ (as the CSV import CLI does) while
    // Alice's request is in flight: two processes, one SQLite file, the lock decides.
    type Outcome = {
      status: number;
      version?: number;
      current?: { id: number; version: number };
      code?: string;
    };
    const overHttp = (editor: Editor, body: object) => async (): Promise<Outcome> => {
      const answer = await callJson(base, 'PATCH', `/api/v1/pledges/${id}`, { token: editor.token, body });
      ms.push(answer.ms);
      return {
        status: answer.status,
        version: answer.json?.version,
        current: answer.json?.error?.current,
        code: answer.json?.error?.code,
      };
    };
    const inProcess =
      (editor: Editor, body: { version: number; reason: string } & Record<string, string | number>) =>
      async (): Promise<Outcome> => {
        await sleep(Math.random() * 15);
        const { version: expected, reason, ...patch } = body;
        try {
          return {
            status: 200,
            version: (
              await updatePledge({
                id,
                patch,
                expectedVersion: expected,
                actor: { id: null, label: editor.label },
                reason,
              })
            ).version,
          };
        } catch (error) {
          if (!(error instanceof VersionConflictError)) throw error;
          return { status: 409, current: { id, version: error.current }, code: 'version_conflict' };
        }
      };
    const winners: { label: string; field: string; value: string }[] = [];
    const ms: number[] = [];
    let version = 1;
    let crossProcess = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const title = `Race round ${round} (Alice)`;
      const amount = String(5000 + round);
      const local = round % 4 === 3;
      crossProcess += Number(local);
      const edits = [
        {
          editor: alice,
          field: 'title',
          value: title,
          send: overHttp(alice, { version, title, reason: `round ${round}` }),
        },
        {
          editor: bruno,
          field: 'amount',
          value: amount,
          send: (local ? inProcess : overHttp)(bruno, { version, amount, reason: `round ${round}` }),
        },
      ];
      if (round % 2) edits.reverse(); // neither editor is always the first to send
      const answers = await Promise.all(edits.map((e) => e.send()));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const won = answers.findIndex((a) => a.status === 200);
      const loser = answers[1 - won];
      expect(answers[won].version).toBe(version + 1);
      expect(loser.code).toBe('version_conflict');
      expect(loser.current).toMatchObject({ id, version: version + 1 });
      winners.push({ label: edits[won].editor.label, field: edits[won].field, value: edits[won].value });
      version++;
    }

    expect(server.output()).not.toMatch(DB_TROUBLE);
    const history = (await getPledge(id))!.revisions;
    expect(history).toHaveLength(1 + ROUNDS);
    history.slice(1).forEach((revision, round) => {
      const winner = winners[round];
      expect(revision).toMatchObject({
        action: 'update',
        version: round + 2,
        actorLabel: winner.label,
        reason: `round ${round}`,
      });
      // Only the winner's field changed (amount changes carry the USD figure with them).
      const fields = Object.keys(revision.changes).filter((f) => f !== 'amountUsd');
      expect(fields).toEqual([winner.field]);
      expect(revision.changes[winner.field][1]).toBe(winner.value);
    });
    const alicesWins = winners.filter((w) => w.label === alice.label).length;
    console.log(
      `concurrent edits: ${ROUNDS} rounds (${crossProcess} against a second process), ${ROUNDS} won and ${ROUNDS} refused with 409 ` +
        `(Alice ${alicesWins}, Bruno ${ROUNDS - alicesWins}); history ${history.length} revisions = 1 create + ${ROUNDS} changes; ` +
        `PATCH p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`,
    );
  });
});
