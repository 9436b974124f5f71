// The access matrix for server actions, called over HTTP as the browser calls them: every action ×
// {anonymous, disabled editor, tampered session, editor, admin}, plus cross-site posts. A refusal
// must be a 403 (404 for /setup once it is closed) that changed nothing in the database.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startApiServer } from './api-support';
import { validActionForms } from './access-action-forms';
import type { FormFor } from './access-pledge-forms';
import type { RunningServer } from '../support/server';
import { actionId, callAction } from '../support/http-editor';
import { CALLERS, setUpCallers, type Caller, type Credentials } from '../support/access-accounts';
import { ACCESS_MATRIX } from '../support/access-matrix';
import { mutatingSurface } from '../support/mutating-surface';
import { databaseFingerprint } from '../support/db-fingerprint';

let server: RunningServer;
let callers: Record<Caller, Credentials>;
let forms: Record<string, FormFor>;

beforeAll(async () => {
  server = await startApiServer();
  callers = await setUpCallers(server.url, 'actions');
  forms = validActionForms(server, callers);
});
afterAll(async () => {
  await server?.stop();
});

const actions = Object.entries(ACCESS_MATRIX).filter(([key]) => key.startsWith('action '));

function allowed(rule: string, who: Caller): boolean {
  return (
    ((rule === 'editors' || rule === 'editors-no-write') && (who === 'editor' || who === 'admin')) ||
    (rule === 'admins' && who === 'admin')
  );
}

async function attempt(key: string, who: Credentials, headers: Record<string, string> = {}) {
  const [file, name] = key.slice('action '.length).split('#');
  const form = await forms[name](who);
  const before = await databaseFingerprint(server.databaseUrl);
  const res = await callAction(server.url, {
    page: form.page,
    id: actionId(file, name),
    fields: form.fields,
    cookie: who.cookie,
    withState: form.withState,
    headers,
  });
  return { res, changed: (await databaseFingerprint(server.databaseUrl)) !== before };
}

describe('server actions × callers', () => {
  test('every write route and server action in the code is in the matrix, and nothing else', () => {
    expect(Object.keys(ACCESS_MATRIX).sort()).toEqual(mutatingSurface());
    for (const [key] of actions) expect(Object.keys(forms)).toContain(key.split('#')[1]);
  });

  test.each(actions.flatMap(([key, rule]) => CALLERS.map((who) => ({ key, rule, who }))))(
    '$key as $who',
    async ({ key, rule, who }) => {
      const { res, changed } = await attempt(key, callers[who]);
      if (allowed(rule, who)) {
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(400);
        expect(changed).toBe(rule !== 'editors-no-write');
      } else {
        expect(res.status).toBe(rule === 'first-run' ? 404 : 403);
        expect(changed).toBe(false);
      }
    },
  );

  test.each(actions.map(([key]) => ({ key })))(
    '$key cross-site with an admin session is refused',
    async ({ key }) => {
      const forged: Record<string, string>[] = [
        { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' },
        { origin: 'https://attacker.example', 'sec-fetch-site': '' },
        { origin: 'null' },
      ];
      for (const headers of forged) {
        const { res, changed } = await attempt(key, callers.admin, headers);
        expect(res.status).toBe(403);
        expect(changed).toBe(false);
      }
    },
  );
});
