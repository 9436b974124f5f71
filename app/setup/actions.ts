'use server';
import { forbidden, notFound, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { countUsers, createFirstAdmin } from '@/db/users';
import { setupSchema } from '@/lib/user-schema';
import { fieldErrorsOf, ValidationError } from '@/lib/validation';
import { isCrossSite } from '@/lib/same-origin';
import { failureState, textFields, type ActionState } from '../editor/_lib/action-state';

export async function createFirstAdminAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (isCrossSite(await headers(), process.env.NEXTAUTH_URL)) forbidden();
  if (countUsers() > 0) notFound();
  try {
    const parsed = setupSchema.safeParse(textFields(form, ['email', 'name', 'password', 'confirm']));
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    // createFirstAdmin re-checks inside its transaction, so two racing submissions make one admin.
    createFirstAdmin({ email: parsed.data.email, name: parsed.data.name, password: parsed.data.password });
  } catch (error) {
    return failureState(error);
  }
  redirect('/login?setup=done');
}
