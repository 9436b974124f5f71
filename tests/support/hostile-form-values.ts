// The pieces of hostile forms for tests/faults/hostile-actions.test.ts: noise fields, values certainly
// outside a list, bad emails, passwords and ids, and the one-field changes that break the account forms.
import fc from 'fast-check';
import { nastyText } from './hostile-inputs';
import { ROLES } from '../../lib/domain';

export type Fields = [string, string][];

export const noise = fc.array(
  fc.tuple(
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('id', 'role', 'sourceCount', '$ACTION_ID_x')),
    nastyText,
  ),
  { maxLength: 3 },
);
export const notIn = (values: readonly string[]) =>
  nastyText.filter((v) => !values.includes(v.trim().toLowerCase()));
export const shortPassword = fc.string({ maxLength: 11 });
export const badEmail = nastyText.filter((s) => !/@.+\./.test(s));
/** Text the action's Number() does not turn into a real id ("+1", " 6" and "6.0" would be). */
export const notAnId = nastyText.filter((s) => !(Number(s) >= 1 && Number(s) < 1_000_000));

/** Sets `name` to `value` (replacing any earlier value), after the noise so the breaker always holds. */
export const set = (fields: Fields, name: string, value: string): Fields => [
  ...fields.filter(([n]) => n !== name),
  [name, value],
];

/** Sets each of `values` in turn (see set). */
export const setAll = (fields: Fields, values: Fields): Fields =>
  values.reduce((out, [name, value]) => set(out, name, value), fields);

/** A valid first-admin form, as /setup sends it. */
export const firstAdminForm = (setupCode: string, name: string): Fields => [
  ['setupCode', setupCode],
  ['email', 'first@example.org'],
  ['name', name],
  ['password', 'first password 12'],
  ['confirm', 'first password 12'],
];

/** One change that breaks the first-admin form. */
export const setupBreaker = fc.oneof(
  fc.tuple(fc.constant('password'), shortPassword),
  fc.tuple(fc.constant('email'), badEmail),
  fc.tuple(fc.constant('confirm'), fc.constant('a different password')),
);

/** A valid invite, as /editor/users sends it. */
export const INVITE_FORM: Fields = [
  ['email', 'invitee@example.org'],
  ['name', ''],
  ['password', 'invitee password'],
  ['role', 'editor'],
];

/** One change that breaks the invite form. */
export const inviteBreaker = fc.oneof(
  fc.tuple(fc.constant('password'), shortPassword),
  fc.tuple(fc.constant('email'), badEmail),
  fc.tuple(fc.constant('role'), notIn(ROLES)),
);

/** An account update no action may carry out: no such account, or no such intent or role. */
export const badUserUpdate = fc.oneof(
  fc.record({
    id: fc.oneof(notAnId, fc.integer({ min: 1_000_000 }).map(String)),
    intent: fc.oneof(nastyText, fc.constantFrom('disable', 'enable', 'role')),
    role: nastyText,
  }),
  fc.record({ id: fc.constant('1'), intent: fc.constantFrom('role', 'promote', ''), role: notIn(ROLES) }),
);
