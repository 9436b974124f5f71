// Hostile input at every server action and at sign-in, over HTTP as the browser sends them: a valid
// form with one field made certainly wrong, noise in the others and unknown fields added. Each must
// be refused in the form's own words (no 5xx, no redirect) and leave the database as it was.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { startApiServer, NEW_PLEDGE } from '../integration/api-support';
import { setupCodeOf, type RunningServer } from '../support/server';
import { sessionCookie, signInOverHttp } from '../support/http-editor';
import { ActionRefusals } from '../support/action-refusals';
import { databaseFingerprint } from '../support/db-fingerprint';
import { AUTH_SECRET, leaks, nastyText, propertyOptions, runs } from '../support/hostile-inputs';
import {
  badUserUpdate,
  firstAdminForm,
  INVITE_FORM,
  inviteBreaker,
  noise,
  set,
  setAll,
  setupBreaker,
  type Fields,
} from '../support/hostile-form-values';
import * as pledges from '../support/hostile-pledge-forms';
import { createUser } from '../../db/accounts/users';
import { createPledge } from '../../db/pledges/writes';

let server: RunningServer;
let target: { id: number; version: number };
const refusals = new ActionRefusals(() => server);
const tried = refusals.tried;
const PASSWORD = 'hostile admin password';

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  console.log(`hostile action inputs tried: ${JSON.stringify(tried)}`);
  expect(leaks(server.output(), [AUTH_SECRET, PASSWORD])).toEqual([]);
  await server?.stop();
});
const expectRefused = refusals.expectRefused.bind(refusals);

describe('hostile input at server actions', () => {
  test('setup (before any account exists)', async () => {
    await fc.assert(
      fc.asyncProperty(
        noise,
        setupBreaker,
        fc.option(nastyText.filter((s) => s.length <= 100)),
        async (extra, [k, v], name) => {
          const form: Fields = [...firstAdminForm(setupCodeOf(server), name ?? ''), ...extra];
          const fields = k === 'password' ? set(set(form, 'password', v), 'confirm', v) : set(form, k, v);
          await expectRefused('createFirstAdminAction', '/setup', fields);
        },
      ),
      propertyOptions(runs(30, 400)),
    );
    await createUser({ email: 'hostile-admin@example.org', password: PASSWORD, role: 'admin' });
    refusals.cookie = await sessionCookie(server.url, 'hostile-admin@example.org', PASSWORD);
    target = await createPledge(
      { ...NEW_PLEDGE, title: 'Hostile edit target' },
      { id: null, label: 'hostile' },
    );
  });

  test('save a new pledge, and correct an existing one', async () => {
    await fc.assert(
      fc.asyncProperty(noise, pledges.pledgeBreaker, async (extra, [k, v]) => {
        const fields = set([...extra.filter(([n]) => n !== 'id'), ...pledges.pledgeForm()], k, v);
        await expectRefused('savePledgeAction', '/editor/pledges/new', fields);
      }),
      propertyOptions(runs(60, 800)),
    );
    await fc.assert(
      fc.asyncProperty(noise, pledges.pledgeBreaker, async (extra, [k, v]) => {
        const [id, version] = [String(target.id), String(target.version)];
        const fields = set([...extra, ...pledges.pledgeForm(), ['id', id], ['version', version]], k, v);
        const page = `/editor/pledges/${target.id}`;
        await expectRefused('savePledgeAction', page, set(set(fields, 'id', id), 'version', version));
      }),
      propertyOptions(runs(40, 600)),
    );
  });

  test('record progress', async () => {
    await fc.assert(
      fc.asyncProperty(noise, pledges.progressBreaker, async (extra, [k, v]) => {
        const pledgeIdFields: Fields = [
          ['id', String(target.id)],
          ['version', String(target.version)],
        ];
        const fields = setAll([...extra], [...pledges.progressStep, ...pledgeIdFields]);
        await expectRefused('recordProgressAction', `/editor/pledges/${target.id}`, set(fields, k, v));
      }),
      propertyOptions(runs(30, 400)),
    );
  });

  test('retract', async () => {
    await fc.assert(
      fc.asyncProperty(noise, pledges.badRetraction(target), async (extra, r) => {
        const fields = [...extra, ['id', r.id], ['version', r.version], ['reason', r.reason]] as Fields;
        const page = `/editor/pledges/${target.id}`;
        const refused = set(set(set(fields, 'id', r.id), 'version', r.version), 'reason', r.reason);
        await expectRefused('retractPledgeAction', page, refused);
      }),
      propertyOptions(runs(40, 500)),
    );
  });

  test('invite and update users', async () => {
    await fc.assert(
      fc.asyncProperty(noise, inviteBreaker, async (extra, [k, v]) => {
        const form: Fields = [...extra, ...INVITE_FORM];
        await expectRefused('inviteUserAction', '/editor/users', set(form, k, v));
      }),
      propertyOptions(runs(40, 500)),
    );
    await fc.assert(
      fc.asyncProperty(noise, badUserUpdate, async (extra, u) => {
        const fields = set(set(set([...extra], 'id', u.id), 'intent', u.intent), 'role', u.role);
        await expectRefused('updateUserAction', '/editor/users', fields);
      }),
      propertyOptions(runs(40, 500)),
    );
  });

  test('sign-in with hostile credentials gets no session and says nothing about the account', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(nastyText, fc.constant('hostile-admin@example.org')),
        nastyText,
        async (email, password) => {
          tried.signIn = (tried.signIn ?? 0) + 1;
          const before = await databaseFingerprint(server.databaseUrl);
          const res = await signInOverHttp(server.url, email, password, {
            'x-forwarded-for': `10.9.${(n >> 8) & 255}.${n++ & 255}`,
          });
          expect(res.status).toBeLessThan(500);
          expect(res.cookie).toBeNull();
          // A body past the sign-in cap (app/api/auth/[...nextauth]/route.ts) is refused whole: 413.
          if (res.status !== 413) expect(['CredentialsSignin', 'TooManyAttempts']).toContain(res.error);
          expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
        },
      ),
      propertyOptions(runs(30, 300)),
    );
  });
});
