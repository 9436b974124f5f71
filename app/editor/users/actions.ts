'use server';
// Admin-only account management. requireAdmin() 403s anyone else before anything is read; the rule
// that an active admin remains is enforced inside the account verbs' transaction (db/accounts/users.ts).
// Each change asks for the password again after a while (reauth.ts) and goes to the audit log.
import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/auth';
import {
  createUser,
  disableUser,
  enableUser,
  getUserById,
  setDisplayName,
  setUserRole,
  type PublicUser,
} from '@/db/accounts';
import { resetPassword } from '@/db/accounts';
import { withAudit } from '@/db/accounts';
import type { AuditEntry } from '@/db/accounts';
import { inviteSchema } from '@/lib/user-schema';
import { fieldErrorsOf, ValidationError } from '@/lib/validation';
import type { Role } from '@/lib/domain';
import { failureState, textFields, type ActionState } from '../_lib/action-state';
import { reauthRefusal } from '../_lib/reauth';
import { clientAddress } from '../_lib/client-address';

export async function inviteUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  try {
    const parsed = inviteSchema.safeParse(textFields(form, ['email', 'name', 'password', 'role']));
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const refused = await reauthRefusal(admin, form);
    if (refused) return refused;
    const address = await clientAddress();
    const user = await withAudit(
      () => createUser(parsed.data),
      (u) => ({
        event: 'invite',
        actorId: admin.id,
        subjectId: u.id,
        detail: `${u.email} as ${u.role}`,
        address,
      }),
    );
    revalidatePath('/editor/users');
    return {
      ok: true,
      message: `Created ${user.role} ${user.email} (shown as “${user.name}”). Give them the initial password by a separate channel.`,
    };
  } catch (error) {
    return failureState(error);
  }
}

/** What each submit button (`intent`) of an account's row does; a disable needs its confirm box ticked. */
function apply(intent: string, id: number, form: FormData) {
  if (intent === 'disable') {
    if (form.get('confirm') !== 'yes')
      throw new ValidationError({ confirm: ['tick “Yes, disable this account” to confirm'] });
    return disableUser(id);
  }
  if (intent === 'enable') return enableUser(id);
  if (intent === 'name') return setDisplayName(id, String(form.get('name') ?? ''));
  if (intent === 'password')
    return resetPassword(id, String(form.get('password') ?? ''), { temporary: true });
  return setUserRole(id, String(form.get('role')) as Role);
}

/** The audit entry for an intent (a display name is public history already: revisions record it). */
function auditOf(
  intent: string,
  before: PublicUser,
  after: PublicUser,
): Omit<AuditEntry, 'actorId' | 'address'> | null {
  if (intent === 'disable' || intent === 'enable')
    return { event: intent, subjectId: after.id, detail: after.email };
  if (intent === 'password') return { event: 'password_reset', subjectId: after.id, detail: after.email };
  if (intent === 'role' && before.role !== after.role)
    return {
      event: 'role_change',
      subjectId: after.id,
      detail: `${after.email}: ${before.role} → ${after.role}`,
    };
  return null;
}

const DONE: Record<string, string> = {
  name: 'display name saved; their edits in the history show it now',
  password:
    'password reset; they must choose a new one when they next sign in. Give them this one by a separate channel',
};

/** Role change, disable, enable, display name or password reset (the submit button's `intent`). */
export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const id = Number(form.get('id'));
  const intent = String(form.get('intent'));
  try {
    const target = await getUserById(id);
    if (!target) throw new ValidationError({ _: [`user ${id} does not exist`] });
    if (intent === 'disable' && id === admin.id)
      throw new ValidationError({ _: ['you cannot disable your own account'] });
    if (intent === 'password' && id === admin.id)
      throw new ValidationError({ _: ['change your own password in Settings'] });
    // A display name is not account management: it is shown in the public history (revisions).
    const refused = intent === 'name' ? null : await reauthRefusal(admin, form);
    if (refused) return refused;
    const address = await clientAddress();
    const updated = await withAudit(
      () => apply(intent, id, form),
      (after) => {
        const entry = auditOf(intent, target, after);
        return entry && { ...entry, actorId: admin.id, address };
      },
    );
    revalidatePath('/editor/users');
    return {
      ok: true,
      message: `${updated.email}: ${DONE[intent] ?? `${updated.disabledAt ? 'disabled' : 'active'}, ${updated.role}. Their current sessions end now`}.`,
    };
  } catch (error) {
    return failureState(error);
  }
}
