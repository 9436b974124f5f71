// Re-authentication before a sensitive action (an API token, managing accounts): the password is
// asked for again when it was last given over REAUTH_AFTER_MINUTES ago in this session
// (sessions.authenticated_at). The action answers with a state that shows a "Confirm your
// password" field in the same form (reauth-field.tsx), so nothing the person typed is lost.
import 'server-only';
import { forbidden } from 'next/navigation';
import { sessionClaims } from '@/auth';
import type { PublicUser } from '@/db/accounts';
import { confirmPassword } from '@/db/accounts';
import { markSessionAuthenticated, sessionAuthenticatedAt } from '@/db/accounts';
import { refusalHeading, type ActionState } from './action-state';
import { clientAddress } from './client-address';

export const REAUTH_AFTER_MINUTES = 15;
/** The form field the password is given again in. */
export const REAUTH_FIELD = 'reauthPassword';

function refusal(problem: string): ActionState {
  return { errors: { [REAUTH_FIELD]: [problem] }, message: `${refusalHeading(1)}. ${problem}` };
}

/**
 * Null when `user` may go on: the password was given recently in this session, or is given now
 * in the form (which restarts the period). Otherwise the state that asks for it.
 */
export async function reauthRefusal(user: PublicUser, form: FormData): Promise<ActionState | null> {
  const claims = await sessionClaims();
  // requireEditor()/requireAdmin() passed, so a live session exists; anything else is not a person's mistake.
  if (!claims?.sid || claims.uid !== user.id) forbidden();
  const at = await sessionAuthenticatedAt(claims.sid);
  if (at && Date.now() - Date.parse(at) < REAUTH_AFTER_MINUTES * 60_000) return null;
  const given = String(form.get(REAUTH_FIELD) ?? '');
  if (!given)
    return refusal(
      `Confirm your password: you last gave it over ${REAUTH_AFTER_MINUTES} minutes ago, and this needs it again`,
    );
  const confirmed = await confirmPassword(user.email, given, await clientAddress());
  if (confirmed === 'locked')
    return refusal(
      'Confirm your password: too many wrong passwords; this is paused for a while, try again later',
    );
  if (confirmed === 'wrong') return refusal('Confirm your password: that is not your password');
  await markSessionAuthenticated(claims.sid);
  return null;
}
