// The stage dates and the period through the JSON API, against the real server: written at their
// precision on the way in and out, refused with a 422 naming the field, and a GET's dates sent
// back in a PATCH change nothing.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape, NEW_PLEDGE } from './api-support';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startApiServer();
  const editor = await createUser({
    email: 'api-dates@example.org',
    password: 'a very long password',
    role: 'editor',
    name: 'Dates Editor',
  });
  token = (await createApiToken(editor.id, 'tests')).token;
});
afterAll(async () => {
  await server?.stop();
});

describe('stage dates in the API', () => {
  test('a pledge created with its dates gives them back at their precision', async () => {
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: {
        ...NEW_PLEDGE,
        stage: 'disbursed',
        committedOn: '2024-11',
        disbursedOn: '2025-01-20',
        periodStart: '2024',
        periodEnd: '2026',
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      committedOn: '2024-11',
      allocatedOn: null,
      disbursedOn: '2025-01-20',
      cancelledOn: null,
      periodStart: '2024',
      periodEnd: '2026',
    });
    const read = await call(server.url, 'GET', `/api/v1/pledges/${created.json.id}`);
    expect(read.json).toMatchObject({ committedOn: '2024-11', disbursedOn: '2025-01-20' });
  });

  test('sending back what a GET gave changes nothing', async () => {
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: { ...NEW_PLEDGE, title: 'Round trip', committedOn: '2024-12' },
    });
    const { committedOn, allocatedOn, disbursedOn, cancelledOn, periodStart, periodEnd } = created.json;
    const same = await call(server.url, 'PATCH', `/api/v1/pledges/${created.json.id}`, {
      token,
      body: { version: 1, committedOn, allocatedOn, disbursedOn, cancelledOn, periodStart, periodEnd },
    });
    expect(same.status).toBe(200);
    expect(same.json.version).toBe(1);
  });

  test('a cancellation date on a pledge that is not cancelled is a 422 naming the field, and nothing changes', async () => {
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: { ...NEW_PLEDGE, title: 'Not cancelled' },
    });
    const refused = await call(server.url, 'PATCH', `/api/v1/pledges/${created.json.id}`, {
      token,
      body: { version: 1, cancelledOn: '2025-02-01' },
    });
    expect(refused.status).toBe(422);
    expectErrorShape(refused.json);
    expect(refused.json.error.fields).toEqual({
      cancelledOn: [
        'Cancelled on is only for a cancelled pledge: set Stage to cancelled, or leave Cancelled on empty',
      ],
    });
    expect((await call(server.url, 'GET', `/api/v1/pledges/${created.json.id}`)).json).toMatchObject({
      version: 1,
      cancelledOn: null,
    });
  });

  test('cancelling through the API moves the amount from committed to the cancelled figure of the summary', async () => {
    const before = (await call(server.url, 'GET', '/api/v1/summary')).json.totals;
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: { ...NEW_PLEDGE, title: 'Withdrawn later' },
    });
    await call(server.url, 'PATCH', `/api/v1/pledges/${created.json.id}`, {
      token,
      body: { version: 1, stage: 'cancelled', cancelledOn: '2025-03' },
    });
    const after = (await call(server.url, 'GET', '/api/v1/summary')).json.totals;
    expect([
      after.committedMinor - before.committedMinor,
      after.cancelledMinor - before.cancelledMinor,
      after.cancelledCount - before.cancelledCount,
    ]).toEqual([0, 150000050, 1]);
  });
});
