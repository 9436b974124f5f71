// Hostile input at every server action and at sign-in, over HTTP as the browser sends them: a valid
// form with one field made certainly wrong, noise in the others and unknown fields added. Each must
// be refused in the form's own words (no 5xx, no redirect) and leave the database as it was.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { startApiServer, NEW_PLEDGE } from '../integration/api-support';
import { setupCodeOf, type RunningServer } from '../support/server';
import { actionId, callAction, sessionCookie, signInOverHttp } from '../support/http-editor';
import { databaseFingerprint } from '../support/db-fingerprint';
import { AUTH_SECRET, leaks, nastyText, propertyOptions, runs } from '../support/hostile-inputs';
import { createUser } from '../../db/accounts/users';
import { createPledge } from '../../db/pledges/writes';
import { CATEGORIES, REACHED_STAGES, ROLES, STAGES } from '../../lib/domain';

let server: RunningServer;
let admin: string;
let target: { id: number; version: number };
const tried: Record<string, number> = {};
const PASSWORD = 'hostile admin password';

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  console.log(`hostile action inputs tried: ${JSON.stringify(tried)}`);
  expect(leaks(server.output(), [AUTH_SECRET, PASSWORD])).toEqual([]);
  await server?.stop();
});

type Fields = [string, string][];
const noise = fc.array(
  fc.tuple(
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('id', 'role', 'sourceCount', '$ACTION_ID_x')),
    nastyText,
  ),
  { maxLength: 3 },
);
const notIn = (values: readonly string[]) =>
  nastyText.filter((v) => !values.includes(v.trim().toLowerCase()));
const shortPassword = fc.string({ maxLength: 11 });
const badEmail = nastyText.filter((s) => !/@.+\./.test(s));
/** Text the action's Number() does not turn into a real id ("+1", " 6" and "6.0" would be). */
const notAnId = nastyText.filter((s) => !(Number(s) >= 1 && Number(s) < 1_000_000));

/** Sets `name` to `value` (replacing any earlier value), after the noise so the breaker always holds. */
const set = (fields: Fields, name: string, value: string): Fields => [
  ...fields.filter(([n]) => n !== name),
  [name, value],
];

async function expectRefused(
  name: string,
  file: string,
  page: string,
  fields: Fields,
  extraCheck?: (text: string) => void,
) {
  tried[name] = (tried[name] ?? 0) + 1;
  const before = await databaseFingerprint(server.databaseUrl);
  const res = await callAction(server.url, { page, id: actionId(file, name), fields, cookie: admin });
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(400);
  expect(res.redirect).toBeNull();
  expect(res.text).toMatch(/Nothing was saved|Not saved|Not retracted/);
  expect(leaks(res.text, [AUTH_SECRET])).toEqual([]);
  extraCheck?.(res.text);
  expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
}

const pledgeForm = (): Fields => [
  ['donor', NEW_PLEDGE.donor],
  ['recipient', NEW_PLEDGE.recipient],
  ['title', 'Hostile form'],
  ['category', 'military'],
  ['stage', 'committed'],
  ['amount', '1000'],
  ['currency', 'EUR'],
  ['announcedOn', '2024-04-01'],
  ['datePrecision', 'day'],
  ['sourceCount', '1'],
  ['sources.0.url', 'https://example.org/hostile'],
  ['confirmDuplicate', 'yes'],
];
const pledgeBreaker: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom('title', 'donor', 'recipient'), fc.constantFrom('', '   ', 'x'.repeat(10_001))),
  fc.tuple(fc.constant('category'), notIn(CATEGORIES)),
  fc.tuple(fc.constant('stage'), notIn(STAGES)),
  fc.tuple(
    fc.constant('amount'),
    fc.oneof(
      fc.nat().map((n) => `-${n + 1}`),
      fc.nat().map((n) => `${n}abc`),
      fc.constant('1.234'),
    ),
  ),
  fc.tuple(fc.constant('currency'), fc.stringMatching(/^[A-Z]{0,2}[0-9][A-Z]{0,2}$/)),
  fc.tuple(
    fc.constant('announcedOn'),
    fc.constantFrom('2024-02-30', '2023-13-01', '2024-00-10', '31/12/2024', 'yesterday'),
  ),
  fc.tuple(
    fc.constant('sources.0.url'),
    fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'ftp://x', 'not a url'),
  ),
);

describe('hostile input at server actions', () => {
  test('setup (before any account exists)', async () => {
    const breaker = fc.oneof(
      fc.tuple(fc.constant('password'), shortPassword),
      fc.tuple(fc.constant('email'), badEmail),
      fc.tuple(fc.constant('confirm'), fc.constant('a different password')),
    );
    await fc.assert(
      fc.asyncProperty(
        noise,
        breaker,
        fc.option(nastyText.filter((s) => s.length <= 100)),
        async (extra, [k, v], name) => {
          const form: Fields = [
            ['setupCode', setupCodeOf(server)],
            ['email', 'first@example.org'],
            ['name', name ?? ''],
            ['password', 'first password 12'],
            ['confirm', 'first password 12'],
            ...extra,
          ];
          const fields = k === 'password' ? set(set(form, 'password', v), 'confirm', v) : set(form, k, v);
          await expectRefused('createFirstAdminAction', 'app/setup/actions.ts', '/setup', fields);
        },
      ),
      propertyOptions(runs(30, 400)),
    );
    await createUser({ email: 'hostile-admin@example.org', password: PASSWORD, role: 'admin' });
    admin = await sessionCookie(server.url, 'hostile-admin@example.org', PASSWORD);
    target = await createPledge(
      { ...NEW_PLEDGE, title: 'Hostile edit target' },
      { id: null, label: 'hostile' },
    );
  });

  test('save a new pledge, and correct an existing one', async () => {
    await fc.assert(
      fc.asyncProperty(noise, pledgeBreaker, async (extra, [k, v]) => {
        await expectRefused(
          'savePledgeAction',
          'app/editor/pledges/actions.ts',
          '/editor/pledges/new',
          set([...extra.filter(([n]) => n !== 'id'), ...pledgeForm()], k, v),
        );
      }),
      propertyOptions(runs(60, 800)),
    );
    await fc.assert(
      fc.asyncProperty(noise, pledgeBreaker, async (extra, [k, v]) => {
        const fields = set(
          [...extra, ...pledgeForm(), ['id', String(target.id)], ['version', String(target.version)]],
          k,
          v,
        );
        await expectRefused(
          'savePledgeAction',
          'app/editor/pledges/actions.ts',
          `/editor/pledges/${target.id}`,
          set(set(fields, 'id', String(target.id)), 'version', String(target.version)),
        );
      }),
      propertyOptions(runs(40, 600)),
    );
  });

  test('record progress', async () => {
    const step: Fields = [
      ['progress-stage', 'disbursed'],
      ['progress-date', '2025-01'],
      ['progress-url', 'https://example.org/hostile-paid'],
      ['progress-quote', 'Paid in full.'],
    ];
    const breaker: fc.Arbitrary<[string, string]> = fc.oneof(
      fc.tuple(fc.constant('progress-stage'), notIn(REACHED_STAGES)),
      fc.tuple(
        fc.constant('progress-date'),
        fc.constantFrom('2024-02-30', '2024-13', 'yesterday', '2023-01', '9999-01-01'),
      ),
      fc.tuple(fc.constant('progress-quote'), fc.constantFrom('', '   ', 'x'.repeat(2001))),
      fc.tuple(
        fc.constant('progress-url'),
        fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'not a url'),
      ),
    );
    await fc.assert(
      fc.asyncProperty(noise, breaker, async (extra, [k, v]) => {
        let fields: Fields = [...extra];
        for (const [name, value] of [
          ...step,
          ['id', String(target.id)],
          ['version', String(target.version)],
        ] as Fields)
          fields = set(fields, name, value);
        await expectRefused(
          'recordProgressAction',
          'app/editor/pledges/progress-actions.ts',
          `/editor/pledges/${target.id}`,
          set(fields, k, v),
        );
      }),
      propertyOptions(runs(30, 400)),
    );
  });

  test('retract', async () => {
    const bad = fc.oneof(
      fc.record({
        id: fc.constant(String(target.id)),
        version: fc.constant(String(target.version)),
        reason: fc.constantFrom('', '   ', '\n\t'),
      }),
      fc.record({
        id: fc.oneof(notAnId, fc.integer({ min: 1_000_000 }).map(String)),
        version: nastyText,
        reason: nastyText,
      }),
      fc.record({
        id: fc.constant(String(target.id)),
        version: fc.oneof(
          nastyText.filter((v) => Number(v) !== target.version),
          fc.integer({ min: target.version + 1 }).map(String),
        ),
        reason: fc.constant('A reason'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(noise, bad, async (extra, r) => {
        const fields = [...extra, ['id', r.id], ['version', r.version], ['reason', r.reason]] as Fields;
        await expectRefused(
          'retractPledgeAction',
          'app/editor/pledges/actions.ts',
          `/editor/pledges/${target.id}`,
          set(set(set(fields, 'id', r.id), 'version', r.version), 'reason', r.reason),
        );
      }),
      propertyOptions(runs(40, 500)),
    );
  });

  test('invite and update users', async () => {
    const breaker = fc.oneof(
      fc.tuple(fc.constant('password'), shortPassword),
      fc.tuple(fc.constant('email'), badEmail),
      fc.tuple(fc.constant('role'), notIn(ROLES)),
    );
    await fc.assert(
      fc.asyncProperty(noise, breaker, async (extra, [k, v]) => {
        const form: Fields = [
          ...extra,
          ['email', 'invitee@example.org'],
          ['name', ''],
          ['password', 'invitee password'],
          ['role', 'editor'],
        ];
        await expectRefused(
          'inviteUserAction',
          'app/editor/users/actions.ts',
          '/editor/users',
          set(form, k, v),
        );
      }),
      propertyOptions(runs(40, 500)),
    );
    const update = fc.oneof(
      fc.record({
        id: fc.oneof(notAnId, fc.integer({ min: 1_000_000 }).map(String)),
        intent: fc.oneof(nastyText, fc.constantFrom('disable', 'enable', 'role')),
        role: nastyText,
      }),
      fc.record({ id: fc.constant('1'), intent: fc.constantFrom('role', 'promote', ''), role: notIn(ROLES) }),
    );
    await fc.assert(
      fc.asyncProperty(noise, update, async (extra, u) => {
        await expectRefused(
          'updateUserAction',
          'app/editor/users/actions.ts',
          '/editor/users',
          set(set(set([...extra], 'id', u.id), 'intent', u.intent), 'role', u.role),
        );
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
