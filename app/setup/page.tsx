import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { countUsers } from '@/db/accounts';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'First admin' };

/** Exists only until the first account does; afterwards it is a 404 for good. */
export default async function SetupPage() {
  if ((await countUsers()) > 0) notFound();
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Create the first admin</h1>
      <p className="text-sm text-muted">
        While no account exists, <code>npm start</code> prints a setup code on the server’s console: only
        someone who can read it can make this account.
      </p>
      <p className="text-sm text-muted">
        This page works once: after this account exists, admins add editors from Editor → Users or with{' '}
        <code>npm run users</code>.
      </p>
      <SetupForm />
    </div>
  );
}
