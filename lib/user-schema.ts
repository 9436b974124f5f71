// Account inputs: one schema each, shared by /setup, /editor/users and `npm run users`.
import { z } from 'zod';
import { ROLES } from './domain';
import { isCommonPassword } from './common-passwords';

export const MIN_PASSWORD = 12;
/** bcrypt reads only the first 72 bytes: a longer password would be silently cut, so it is refused. */
export const MAX_PASSWORD_BYTES = 72;
export const COMMON_PASSWORD =
  'This password is too common: it is on the lists attackers try first. A few unrelated words make a strong one';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export const emailSchema = z
  .string({ error: 'email is required' })
  .trim()
  .toLowerCase()
  .min(1, 'email is required')
  .max(254, 'email is longer than 254 characters')
  .pipe(z.email({ error: 'email must be an address such as name@example.org' }));

/** A new password (the forms, /setup, `npm run users`). Signing in compares whatever is typed. */
export const passwordSchema = z
  .string({ error: 'password is required' })
  .min(MIN_PASSWORD, `password must be at least ${MIN_PASSWORD} characters`)
  .check((ctx) => {
    const bytes = utf8Bytes(ctx.value);
    if (bytes > MAX_PASSWORD_BYTES) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        continue: false,
        message: `password must be at most ${MAX_PASSWORD_BYTES} bytes; this one is ${bytes} (accented letters take 2 bytes, emoji 4)`,
      });
    }
  })
  .refine((value) => !isCommonPassword(value), COMMON_PASSWORD);

export const roleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` });

/** What the public history shows for an account's edits; never an address, so never an e-mail. */
export const displayNameSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v),
  z
    .string({ error: 'display name is required' })
    .min(1, 'display name is required')
    .max(100, 'display name is longer than 100 characters')
    .refine(
      (v) => !v.includes('@'),
      'display name must not contain "@": it is shown publicly, an e-mail must not be',
    )
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'display name must not contain control characters'),
);

/**
 * The account verb's input. `name` may be left out by callers that predate display names (tests,
 * fixtures): the account then gets its e-mail's local part, marked for an admin to review. Every
 * form and the command line require it (inviteSchema, setupSchema, scripts/users.ts).
 */
export const newUserSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
  name: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    displayNameSchema.nullish(),
  ),
});

export type NewUser = z.input<typeof newUserSchema>;

/** Editor → Users → Invite: the display name is required. */
export const inviteSchema = newUserSchema.extend({ name: displayNameSchema });

/** Compares the two typed passwords even while another field (the name, say) still needs attention. */
const whenBothTyped = {
  when: (p: { value: unknown }) => {
    const v = p.value as { password?: unknown; confirm?: unknown } | undefined;
    return typeof v?.password === 'string' && typeof v.confirm === 'string';
  },
};

/** Changing one's own password: the current one proves it is really them. */
export const passwordChangeSchema = z
  .strictObject({
    current: z.string({ error: 'current password is required' }).min(1, 'current password is required'),
    password: passwordSchema,
    confirm: z.string({ error: 'type the new password again' }),
  })
  .refine((d) => d.password === d.confirm, {
    path: ['confirm'],
    message: 'the two passwords are not the same',
    ...whenBothTyped,
  })
  .refine((d) => d.password !== d.current, {
    path: ['password'],
    message: 'the new password must differ from the current one',
  });

/** /setup: the first admin, with the password typed twice. */
export const setupSchema = z
  .strictObject({
    email: emailSchema,
    name: displayNameSchema,
    password: passwordSchema,
    confirm: z.string({ error: 'type the password again' }),
  })
  .refine((d) => d.password === d.confirm, {
    path: ['confirm'],
    message: 'the two passwords are not the same',
    ...whenBothTyped,
  });
