// The actions that ask for the password again after 15 minutes, each as the form posts it.
import { createUser, disableUser } from '../../db/accounts/users';

let serial = 0;

export const ASKED = 'Confirm your password: you last gave it over 15 minutes ago';

export const USERS = 'app/editor/users/actions.ts';

export const target = () =>
  createUser({
    email: `reauth-target-${++serial}@example.org`,
    password: 'target password 12',
    role: 'editor',
    name: `Target ${serial}`,
  });

export type Call = {
  file: string;
  name: string;
  page: string;
  fields: () => [string, string][] | Promise<[string, string][]>;
};

export const CALLS: Record<string, Call> = {
  'creating an API token': {
    file: 'app/editor/settings/actions.ts',
    name: 'createTokenAction',
    page: '/editor/settings',
    fields: () => [['label', `script ${++serial}`]],
  },
  'inviting an account': {
    file: USERS,
    name: 'inviteUserAction',
    page: '/editor/users',
    fields: () => [
      ['email', `invited-${++serial}@example.org`],
      ['name', `Invited ${serial}`],
      ['password', 'invited password 1'],
      ['role', 'editor'],
    ],
  },
  'changing a role': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => [
      ['id', String((await target()).id)],
      ['intent', 'role'],
      ['role', 'admin'],
    ],
  },
  'disabling an account': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => [
      ['id', String((await target()).id)],
      ['intent', 'disable'],
      ['confirm', 'yes'],
    ],
  },
  'enabling an account': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => {
      const t = await target();
      await disableUser(t.id);
      return [
        ['id', String(t.id)],
        ['intent', 'enable'],
      ];
    },
  },
  'resetting a password': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => [
      ['id', String((await target()).id)],
      ['intent', 'password'],
      ['password', 'temporary password 1'],
    ],
  },
};
