'use server';
// An editor's own API tokens: created here and shown once, revocable at any time.
import { revalidatePath } from 'next/cache';
import { requireEditor } from '@/auth';
import { createApiToken, revokeApiToken } from '@/db/tokens';
import type { ActionState } from '../_lib/action-state';

export type TokenState = ActionState & { token?: string };

export async function createTokenAction(_prev: TokenState, form: FormData): Promise<TokenState> {
  const user = await requireEditor();
  const label = String(form.get('label') ?? '').trim();
  if (label.length > 100) return { errors: { label: ['label is longer than 100 characters'] }, message: 'Nothing was created: label: label is longer than 100 characters' };
  const { token } = createApiToken(user.id, label);
  revalidatePath('/editor/settings');
  return { ok: true, token, message: 'Copy this token now: it is shown only once.' };
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  const user = await requireEditor();
  // Scoped to the signed-in user, so nobody can revoke someone else's token by guessing an id.
  revokeApiToken(Number(form.get('id')), user.id);
  revalidatePath('/editor/settings');
}
