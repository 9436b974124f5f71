// Each security event of the audit log (audit.test.ts): what a person does to cause it, and the
// texts its row on /editor/audit must show.
import { expect } from 'vitest';
import { ADDRESS, ADMIN, SETTINGS, USERS, act, audited, from, newUser, onNewUser } from './audit-support';
import { sessionCookie, signInOverHttp } from '../support/http-editor';
import { signOutOverHttp } from '../support/session-rows';
import { createApiToken } from '../../db/accounts/tokens';
import { disableUser, getUserByEmail, type PublicUser } from '../../db/accounts/users';

type Case = {
  event: string;
  label: string;
  does: () => Promise<PublicUser | null>;
  shows: (subject: PublicUser | null) => string[];
};

export const CASES: Case[] = [
  {
    event: 'setup',
    label: 'Created the first admin',
    does: async () => null,
    shows: () => ['Audrey Admin', ADMIN.email],
  },
  {
    event: 'sign_in',
    label: 'Signed in',
    shows: (u) => [u!.email, ADDRESS],
    does: async () => {
      const u = await newUser();
      await signInOverHttp(audited.url, u.email, 'subject password 1', from);
      return u;
    },
  },
  {
    event: 'sign_in_failed',
    label: 'Sign-in failed',
    shows: () => ['nobody-here@example.org', ADDRESS],
    does: async () => {
      expect(
        (await signInOverHttp(audited.url, 'nobody-here@example.org', 'a guess at it', from)).cookie,
      ).toBeNull();
      return null;
    },
  },
  {
    event: 'sign_out',
    label: 'Signed out',
    shows: (u) => [u!.email],
    does: async () => {
      const u = await newUser();
      await signOutOverHttp(audited.url, await sessionCookie(audited.url, u.email, 'subject password 1'));
      return u;
    },
  },
  {
    event: 'invite',
    label: 'Invited an account',
    shows: () => ['Audrey Admin', `invited-audit@example.org as editor`, ADDRESS],
    does: async () => {
      await act(USERS, 'inviteUserAction', '/editor/users', [
        ['email', 'invited-audit@example.org'],
        ['name', 'Ines Invited'],
        ['password', 'invited password 1'],
        ['role', 'editor'],
      ]);
      return null;
    },
  },
  {
    event: 'role_change',
    label: 'Changed a role',
    shows: (u) => ['Audrey Admin', `${u!.email}: editor → admin`],
    does: () =>
      onNewUser([
        ['intent', 'role'],
        ['role', 'admin'],
      ]),
  },
  {
    event: 'disable',
    label: 'Disabled an account',
    shows: (u) => ['Audrey Admin', u!.email],
    does: () =>
      onNewUser([
        ['intent', 'disable'],
        ['confirm', 'yes'],
      ]),
  },
  {
    event: 'enable',
    label: 'Enabled an account',
    shows: (u) => ['Audrey Admin', u!.email],
    does: () => onNewUser([['intent', 'enable']], (u) => disableUser(u.id)),
  },
  {
    event: 'password_reset',
    label: 'Reset a password',
    shows: (u) => ['Audrey Admin', u!.email],
    does: () =>
      onNewUser([
        ['intent', 'password'],
        ['password', 'temporary password 1'],
      ]),
  },
  {
    event: 'password_change',
    label: 'Changed own password',
    shows: (u) => [u!.email, ADDRESS],
    does: async () => {
      const u = await newUser();
      const cookie = await sessionCookie(audited.url, u.email, 'subject password 1');
      await act(
        SETTINGS,
        'changePasswordAction',
        '/editor/settings',
        [
          ['current', 'subject password 1'],
          ['password', 'subject password 2'],
          ['confirm', 'subject password 2'],
        ],
        cookie,
      );
      return u;
    },
  },
  {
    event: 'token_create',
    label: 'Created an API token',
    shows: () => ['Audrey Admin', 'audited import script'],
    does: async () => {
      await act(SETTINGS, 'createTokenAction', '/editor/settings', [['label', 'audited import script']]);
      return null;
    },
  },
  {
    event: 'token_revoke',
    label: 'Revoked an API token',
    shows: () => ['Audrey Admin', ADDRESS],
    does: async () => {
      const { id } = await createApiToken((await getUserByEmail(ADMIN.email))!.id, 'to revoke');
      await act(SETTINGS, 'revokeTokenAction', '/editor/settings', [
        ['id', String(id)],
        ['confirm', 'yes'],
      ]);
      return null;
    },
  },
];
