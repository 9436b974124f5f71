'use server';
// An admin revokes anyone's API token (a leaked one, an account's left-over script). The revoke and
// its audit entry are one transaction (db/accounts/tokens.ts).
import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/auth';
import { revokeApiToken } from '@/db/accounts';
import type { ActionState } from '../_lib/action-state';

export async function revokeAnyTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  if (form.get('confirm') !== 'yes')
    return {
      errors: { confirm: ['tick the box to confirm'] },
      message: 'Nothing was revoked: tick “Yes, revoke it” first.',
    };
  const revoked = await revokeApiToken(Number(form.get('id')), { actorId: admin.id });
  revalidatePath('/editor/tokens');
  return revoked
    ? { ok: true, message: 'Revoked: scripts using this token are refused from now on.' }
    : { message: 'Nothing was revoked: the token is already revoked or does not exist.' };
}
