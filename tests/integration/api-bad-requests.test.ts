import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServerWithEditor, call, expectErrorShape } from './api-support';
import { getDataVersion } from '../../db/meta';
import { getPledge } from '../../db/pledges/read';
import { countPledges } from '../../db/pledges/list';
import { listRecentRevisions } from '../../db/pledges/revisions';
import { EMPTY_FILTERS } from '../../lib/filters';
import { BAD_BODIES } from './api-bad-request-cases';
import { BAD_FIELDS } from './api-bad-field-cases';
import { BAD_TARGETS } from './api-bad-target-cases';

let server: RunningServer;
let base: string;
let token: string;

beforeAll(async () => {
  ({ server, base, token } = await startApiServerWithEditor());
});
afterAll(async () => {
  await server?.stop();
});

const CASES = [...BAD_BODIES, ...BAD_FIELDS, ...BAD_TARGETS];

describe('bad requests', () => {
  test.each(CASES)('$name → $status, error shape, nothing written', async (c) => {
    const state = async () => ({
      data: (await getDataVersion()).version,
      pledges: await countPledges(EMPTY_FILTERS, true),
      revisions: (await listRecentRevisions(1))[0]?.id ?? 0,
      first: (await getPledge(1))?.version,
    });
    const before = await state();
    const headers = { ...c.headers };
    const res = await call(base, c.method, c.path, {
      token: c.auth === undefined ? token : (c.auth ?? undefined),
      body: c.body,
      headers,
    });
    expect(res.status).toBe(c.status);
    expectErrorShape(res.json);
    if (c.field) expect(Object.keys(res.json.error.fields ?? {})).toContain(c.field);
    if (c.status === 405) expect(res.headers.get('allow')).toMatch(/GET/);
    expect(await state()).toEqual(before);
  });

  test('a body over 1 MB without Content-Length is refused by the bytes read', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 1_200_000) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${base}/api/v1/pledges`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    } as RequestInit);
    expect(res.status).toBe(413);
    expectErrorShape(await res.json());
  });
});
