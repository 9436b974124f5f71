import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentEditor } from '@/auth';
import { countUsers } from '@/db/accounts';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { LoginForm } from './login-form';
import { endedSessionNotice } from './ended-session';
import { serverConfig } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Editor sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  // Only paths on this site: an open redirect would let a phishing link bounce through our login.
  const next = safeRedirectPath(params.callbackUrl, serverConfig().siteUrl);
  if (await currentEditor()) redirect(next);
  const firstRun = (await countUsers()) === 0;
  const ended = await endedSessionNotice();
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Editor sign in</h1>
      {params.setup === 'done' && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-sm">
          The admin account is ready. Sign in with it.
        </p>
      )}
      {params.notice === 'password-changed' && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-sm">
          Your password was changed and your sessions were ended. Sign in with the new password.
        </p>
      )}
      {ended && (
        <p role="status" className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
          {ended}
        </p>
      )}
      {firstRun && (
        <p className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
          No editor account exists yet. <Link href="/setup">Create the first admin account</Link>.
        </p>
      )}
      <LoginForm callbackUrl={next} />
    </div>
  );
}
