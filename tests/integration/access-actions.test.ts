// The access matrix for server actions, called over HTTP as the browser calls them: every action ×
// {anonymous, disabled editor, tampered session, editor, admin}, plus cross-site posts. A refusal
// must be a 403 (404 for /setup once it is closed) that changed nothing in the database.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startApiServer, NEW_PLEDGE } from './api-support';
import { setupCodeOf, type RunningServer } from '../support/server';
import { actionId, callAction } from '../support/http-editor';
import { CALLERS, setUpCallers, type Caller, type Credentials } from '../support/access-accounts';
import { ACCESS_MATRIX } from '../support/access-matrix';
import { mutatingSurface } from '../support/mutating-surface';
import { databaseFingerprint } from '../support/db-fingerprint';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';
import { listDonorFiscalYears } from '../../db/parties';

let server: RunningServer;
let callers: Record<Caller, Credentials>;
let serial = 0;

beforeAll(async () => {
  server = await startApiServer();
  callers = await setUpCallers(server.url, 'actions');
});
afterAll(async () => {
  await server?.stop();
});

type Form = { page: string; fields: [string, string][]; withState?: boolean };
const pledgeFields = (title: string): [string, string][] => [
  ['donor', NEW_PLEDGE.donor],
  ['recipient', NEW_PLEDGE.recipient],
  ['title', title],
  ['category', NEW_PLEDGE.category],
  ['stage', NEW_PLEDGE.stage],
  ['kind', 'item'],
  ['instrument', 'unspecified'],
  ['amount', '250000'],
  ['currency', 'EUR'],
  ['announcedOn', '2024-05-02'],
  ['datePrecision', 'day'],
  ['sourceCount', '1'],
  ['sources.0.url', 'https://example.org/matrix'],
  ['sources.0.publisher', 'Matrix Gazette'],
  ['confirmDuplicate', 'yes'],
];

/** A valid form for each action, fresh for every call (so an allowed call really writes). */
const VALID: Record<string, (who: Credentials) => Form | Promise<Form>> = {
  savePledgeAction: () => ({
    page: '/editor/pledges/new',
    fields: pledgeFields(`Matrix pledge ${++serial}`),
  }),
  retractPledgeAction: async () => {
    const p = await createPledge(
      { ...NEW_PLEDGE, title: `To retract ${++serial}` },
      { id: null, label: 'matrix' },
    );
    return {
      page: `/editor/pledges/${p.id}`,
      fields: [
        ['id', String(p.id)],
        ['version', String(p.version)],
        ['reason', 'Matrix retraction'],
      ],
    };
  },
  unretractPledgeAction: async () => {
    const p = await createPledge(
      { ...NEW_PLEDGE, title: `To un-retract ${++serial}` },
      { id: null, label: 'matrix' },
    );
    const retracted = await retractPledge({
      id: p.id,
      input: { reason: 'matrix retraction' },
      expectedVersion: p.version,
      actor: { id: null, label: 'matrix' },
    });
    return {
      page: `/editor/pledges/${p.id}`,
      fields: [
        ['id', String(p.id)],
        ['version', String(retracted.version)],
        ['reason', 'Matrix un-retraction'],
      ],
    };
  },
  restoreVersionAction: async () => {
    const p = await createPledge(
      { ...NEW_PLEDGE, title: `To restore ${++serial}` },
      { id: null, label: 'matrix' },
    );
    const edited = await updatePledge({
      id: p.id,
      patch: { title: `Restored away ${serial}` },
      expectedVersion: p.version,
      actor: { id: null, label: 'matrix' },
    });
    return {
      page: `/editor/pledges/${p.id}`,
      fields: [
        ['id', String(p.id)],
        ['version', String(edited.version)],
        ['restoreVersion', '1'],
      ],
    };
  },
  recordProgressAction: async () => {
    const p = await createPledge(
      { ...NEW_PLEDGE, title: `To move on ${++serial}` },
      { id: null, label: 'matrix' },
    );
    return {
      page: `/editor/pledges/${p.id}`,
      fields: [
        ['id', String(p.id)],
        ['version', String(p.version)],
        ['progress-stage', 'disbursed'],
        ['progress-date', '2024-12'],
        ['progress-url', `https://example.org/matrix-paid-${serial}`],
        ['progress-quote', 'Delivered in December.'],
      ],
    };
  },
  createTokenAction: () => ({ page: '/editor/settings', fields: [['label', `matrix ${++serial}`]] }),
  setFiscalYearAction: async () => {
    const japan = (await listDonorFiscalYears()).find((p) => p.slug === 'japan');
    return {
      page: '/editor/parties',
      fields: [
        ['party', 'japan'],
        ['fiscalYearStartMonth', japan?.fiscalYearStartMonth === 4 ? '5' : '4'],
      ],
    };
  },
  cutReleaseAction: () => ({
    page: '/editor/releases',
    fields: [
      ['name', `matrix-${++serial}`],
      ['note', ''],
    ],
  }),
  revokeTokenAction: async (who) => ({
    page: '/editor/settings',
    // The caller's own token; a disabled or anonymous caller aims at the active editor's.
    fields: [
      [
        'id',
        String(
          (await createApiToken(who === callers.admin ? callers.admin.userId! : callers.editor.userId!)).id,
        ),
      ],
      ['confirm', 'yes'],
    ],
  }),
  // Another account's token: only an admin may revoke it.
  revokeAnyTokenAction: async () => ({
    page: '/editor/tokens',
    fields: [
      ['id', String((await createApiToken(callers.editor.userId!)).id)],
      ['confirm', 'yes'],
    ],
  }),
  // A wrong current password: answered without writing (a right one would end the caller's session).
  changePasswordAction: () => ({
    page: '/editor/settings',
    fields: [
      ['current', 'not the password at all'],
      ['password', 'a new password 12'],
      ['confirm', 'a new password 12'],
    ],
  }),
  inviteUserAction: () => ({
    page: '/editor/users',
    fields: [
      ['email', `invited-${++serial}@example.org`],
      ['password', 'invited password 1'],
      ['role', 'editor'],
      ['name', `Invited ${serial}`],
    ],
  }),
  updateUserAction: async () => {
    const target = await createUser({
      email: `target-${++serial}@example.org`,
      password: 'target password 1',
      role: 'editor',
    });
    return {
      page: '/editor/users',
      fields: [
        ['id', String(target.id)],
        ['intent', 'role'],
        ['role', 'admin'],
      ],
    };
  },
  checkImportAction: () => ({
    page: '/editor/import',
    fields: [
      ['file', 'donor,recipient,title,category,stage\r\nJapan,Ukraine,Dry run,military,announced\r\n'],
    ],
  }),
  confirmImportAction: () => ({
    page: '/editor/import',
    fields: [
      ['uploadId', 'f'.repeat(32)],
      ['fileName', 'matrix.csv'],
    ],
  }),
  createFirstAdminAction: () => ({
    page: '/setup',
    fields: [
      ['setupCode', setupCodeOf(server)],
      ['email', `first-${++serial}@example.org`],
      ['name', 'First Admin'],
      ['password', 'first password 12'],
      ['confirm', 'first password 12'],
    ],
  }),
};

const actions = Object.entries(ACCESS_MATRIX).filter(([key]) => key.startsWith('action '));

function allowed(rule: string, who: Caller): boolean {
  return (
    ((rule === 'editors' || rule === 'editors-no-write') && (who === 'editor' || who === 'admin')) ||
    (rule === 'admins' && who === 'admin')
  );
}

async function attempt(key: string, who: Credentials, headers: Record<string, string> = {}) {
  const [file, name] = key.slice('action '.length).split('#');
  const form = await VALID[name](who);
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
    for (const [key] of actions) expect(Object.keys(VALID)).toContain(key.split('#')[1]);
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
