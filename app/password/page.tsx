import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CHANGE_PASSWORD_PATH, currentAccount } from '@/auth';
import { PasswordForm } from '../editor/settings/password-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose a new password' };

/**
 * Outside /editor on purpose: an account whose password an admin reset is sent here by every
 * editor page (auth.ts currentEditor) and must not meet the editor layout's guard on the way.
 */
export default async function ChangePasswordPage() {
  const user = await currentAccount();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(CHANGE_PASSWORD_PATH)}`);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      <p className="text-sm text-muted" data-testid="password-reason">
        {user.mustChangePassword
          ? 'An admin reset your password. Choose your own before you continue: type the one they gave you as the current password.'
          : 'Type your current password, then the new one twice.'}
      </p>
      <PasswordForm />
    </div>
  );
}
