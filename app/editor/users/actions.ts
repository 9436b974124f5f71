'use server';
// Admin-only account management. requireAdmin() 403s anyone else before anything is read.
import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/auth';
import { countActiveAdmins, createUser, disableUser, enableUser, getUserById, setUserRole } from '@/db/users';
import { ValidationError } from '@/lib/validation';
import type { Role } from '@/lib/domain';
import { failureState, textFields, type ActionState } from '../_lib/action-state';

export async function inviteUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  await requireAdmin();
  try {
    const user = createUser(textFields(form, ['email', 'name', 'password', 'role']) as Parameters<typeof createUser>[0]);
    revalidatePath('/editor/users');
    return { ok: true, message: `Created ${user.role} ${user.email}. Give them the initial password by a separate channel.` };
  } catch (error) {
    return failureState(error);
  }
}

/** Role change, disable or enable (the submit button's `intent`), never leaving the site without an active admin. */
export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const id = Number(form.get('id'));
  const intent = String(form.get('intent'));
  try {
    const target = getUserById(id);
    if (!target) throw new ValidationError({ _: [`user ${id} does not exist`] });
    const losesAdmin = target.role === 'admin' && !target.disabledAt
      && (intent === 'disable' || (intent === 'role' && form.get('role') !== 'admin'));
    if (intent === 'disable' && id === admin.id) throw new ValidationError({ _: ['you cannot disable your own account'] });
    if (losesAdmin && countActiveAdmins() <= 1) throw new ValidationError({ _: ['this is the only active admin: make someone else admin first'] });
    const updated = intent === 'disable' ? disableUser(id)
      : intent === 'enable' ? enableUser(id)
      : setUserRole(id, String(form.get('role')) as Role);
    revalidatePath('/editor/users');
    return { ok: true, message: `${updated.email}: ${updated.disabledAt ? 'disabled' : 'active'}, ${updated.role}. Their current sessions end now.` };
  } catch (error) {
    return failureState(error);
  }
}
