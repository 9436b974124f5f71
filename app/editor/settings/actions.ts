'use server';
// An editor's own settings: API tokens (shown once, revocable at any time) and their password.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor, requireOwnAccount } from '@/auth';
import { createApiToken, revokeApiToken } from '@/db/accounts';
import { changeOwnPassword } from '@/db/accounts';
import { withAudit } from '@/db/accounts';
import { failureState, textFields, type ActionState } from '../_lib/action-state';
import { tokenExpirySchema } from '@/lib/token-expiry';
import { fieldErrorsOf } from '@/lib/validation';
import { reauthRefusal } from '../_lib/reauth';
import { clientAddress } from '../_lib/client-address';

export type TokenState = ActionState & { token?: string };

export async function createTokenAction(_prev: TokenState, form: FormData): Promise<TokenState> {
  const user = await requireEditor();
  const label = String(form.get('label') ?? '').trim();
  if (label.length > 100)
    return {
      errors: { label: ['label is longer than 100 characters'] },
      message: 'Nothing was created: label: label is longer than 100 characters',
    };
  const expiry = tokenExpirySchema().safeParse(textFields(form, ['expires', 'expiresOn']));
  if (!expiry.success) {
    const errors = fieldErrorsOf(expiry.error);
    return { errors, message: `Nothing was created: ${Object.values(errors).flat().join('; ')}` };
  }
  const refused = await reauthRefusal(user, form);
  if (refused) return refused;
  const address = await clientAddress();
  const { token } = await withAudit(
    () => createApiToken(user.id, label, { expiresAt: expiry.data }),
    (t) => ({
      event: 'token_create',
      actorId: user.id,
      detail: `${label || 'no label'} (${t.prefix}…)`,
      address,
    }),
  );
  revalidatePath('/editor/settings');
  return { ok: true, token, message: 'Copy this token now: it is shown only once.' };
}

/** Revokes after the confirm box is ticked (a second look that needs no JavaScript). */
export async function revokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireEditor();
  if (form.get('confirm') !== 'yes')
    return {
      errors: { confirm: ['tick the box to confirm'] },
      message: 'Nothing was revoked: tick “Yes, revoke it” first.',
    };
  // Scoped to the signed-in user, so nobody can revoke someone else's token by guessing an id.
  const address = await clientAddress();
  const revoked = await revokeApiToken(Number(form.get('id')), {
    ownerId: user.id,
    actorId: user.id,
    address,
  });
  revalidatePath('/editor/settings');
  return revoked
    ? { ok: true, message: 'Revoked: scripts using this token are refused from now on.' }
    : { message: 'Nothing was revoked: the token is already revoked or not yours.' };
}

/** The signed-in account's own password; signs it out everywhere (its sessions end, db/accounts/sessions.ts). */
export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOwnAccount();
  try {
    const address = await clientAddress();
    await withAudit(
      () => changeOwnPassword(user.id, textFields(form, ['current', 'password', 'confirm']) as never),
      () => ({ event: 'password_change', actorId: user.id, address }),
    );
  } catch (error) {
    return failureState(error);
  }
  redirect('/login?callbackUrl=%2Feditor&notice=password-changed');
}
