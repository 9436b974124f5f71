// A valid form for each server action of the access matrix (access-actions.test.ts), written fresh for
// every call so that an allowed call really writes: the pledge actions' from access-pledge-forms.ts.
import { PLEDGE_ACTION_FORMS, nextSerial, type FormFor } from './access-pledge-forms';
import { setupCodeOf, type RunningServer } from '../support/server';
import type { Caller, Credentials } from '../support/access-accounts';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';
import { listDonorFiscalYears } from '../../db/parties';

export function validActionForms(
  server: RunningServer,
  callers: Record<Caller, Credentials>,
): Record<string, FormFor> {
  return {
    ...PLEDGE_ACTION_FORMS,
    createTokenAction: () => ({ page: '/editor/settings', fields: [['label', `matrix ${nextSerial()}`]] }),
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
        ['name', `matrix-${nextSerial()}`],
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
    inviteUserAction: () => {
      const n = nextSerial();
      return {
        page: '/editor/users',
        fields: [
          ['email', `invited-${n}@example.org`],
          ['password', 'invited password 1'],
          ['role', 'editor'],
          ['name', `Invited ${n}`],
        ],
      };
    },
    updateUserAction: async () => {
      const target = await createUser({
        email: `target-${nextSerial()}@example.org`,
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
        ['email', `first-${nextSerial()}@example.org`],
        ['name', 'First Admin'],
        ['password', 'first password 12'],
        ['confirm', 'first password 12'],
      ],
    }),
  };
}
