'use server';
// Admin-only account management. requireAdmin() 403s anyone else before anything is read; the rule
// that an active admin remains is enforced inside the account verbs' transaction (db/users.ts).
import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/auth';
import { createUser, disableUser, enableUser, getUserById, setDisplayName, setUserRole } from '@/db/users';
import { resetPassword } from '@/db/user-passwords';
import { inviteSchema } from '@/lib/user-schema';
import { fieldErrorsOf, ValidationError } from '@/lib/validation';
import type { Role } from '@/lib/domain';
import { failureState, textFields, type ActionState } from '../_lib/action-state';

export async function inviteUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  await requireAdmin();
  try {
    const parsed = inviteSchema.safeParse(textFields(form, ['email', 'name', 'password', 'role']));
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const user = createUser(parsed.data);
    revalidatePath('/editor/users');
    return { ok: true, message: `Created ${user.role} ${user.email} (shown as “${user.name}”). Give them the initial password by a separate channel.` };
  } catch (error) {
    return failureState(error);
  }
}

/** What each submit button (`intent`) of an account's row does; a disable needs its confirm box ticked. */
function apply(intent: string, id: number, form: FormData) {
  if (intent === 'disable') {
    if (form.get('confirm') !== 'yes') throw new ValidationError({ confirm: ['tick “Yes, disable this account” to confirm'] });
    return disableUser(id);
  }
  if (intent === 'enable') return enableUser(id);
  if (intent === 'name') return setDisplayName(id, String(form.get('name') ?? ''));
  if (intent === 'password') return resetPassword(id, String(form.get('password') ?? ''), { temporary: true });
  return setUserRole(id, String(form.get('role')) as Role);
}

const DONE: Record<string, string> = {
  name: 'display name saved; their edits in the history show it now',
  password: 'password reset; they must choose a new one when they next sign in. Give them this one by a separate channel',
};

/** Role change, disable, enable, display name or password reset (the submit button's `intent`). */
export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const id = Number(form.get('id'));
  const intent = String(form.get('intent'));
  try {
    const target = getUserById(id);
    if (!target) throw new ValidationError({ _: [`user ${id} does not exist`] });
    if (intent === 'disable' && id === admin.id) throw new ValidationError({ _: ['you cannot disable your own account'] });
    if (intent === 'password' && id === admin.id) throw new ValidationError({ _: ['change your own password in Settings'] });
    const updated = apply(intent, id, form);
    revalidatePath('/editor/users');
    return { ok: true, message: `${updated.email}: ${DONE[intent] ?? `${updated.disabledAt ? 'disabled' : 'active'}, ${updated.role}. Their current sessions end now`}.` };
  } catch (error) {
    return failureState(error);
  }
}
