// Account inputs: one schema each, shared by /setup, /editor/users and `npm run users`.
import { z } from 'zod';
import { ROLES } from './domain';

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;

export const emailSchema = z.string({ error: 'email is required' }).trim().toLowerCase()
  .min(1, 'email is required').max(254, 'email is longer than 254 characters')
  .pipe(z.email({ error: 'email must be an address such as name@example.org' }));

export const passwordSchema = z.string({ error: 'password is required' })
  .min(MIN_PASSWORD, `password must be at least ${MIN_PASSWORD} characters`)
  .max(MAX_PASSWORD, `password must be at most ${MAX_PASSWORD} characters`);

export const roleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` });

export const newUserSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
  name: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(100, 'name is longer than 100 characters').nullish()),
});

export type NewUser = z.input<typeof newUserSchema>;

/** /setup: the first admin, with the password typed twice. */
export const setupSchema = z.strictObject({
  email: emailSchema,
  name: newUserSchema.shape.name,
  password: passwordSchema,
  confirm: z.string({ error: 'type the password again' }),
}).refine((d) => d.password === d.confirm, { path: ['confirm'], message: 'the two passwords are not the same' });
