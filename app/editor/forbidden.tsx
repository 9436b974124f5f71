// A 403 inside /editor (forbidden() from editorForPage or requireAdmin) renders here, within the
// editor's own layout, and says which role the page needs and which one the account has.
import type { Metadata } from 'next';
import Link from 'next/link';
import { currentEditor } from '@/auth';

export const metadata: Metadata = { title: 'Not allowed' };

export default async function EditorForbidden() {
  const user = await currentEditor();
  return (
    <section
      role="alert"
      aria-labelledby="forbidden-h"
      className="max-w-2xl space-y-2 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900"
    >
      <h1 id="forbidden-h" className="text-xl font-semibold">
        Not allowed
      </h1>
      {user ? (
        <p>
          This page or action needs the admin role; your account has the {user.role} role. An admin can change
          your role on the Users page.
        </p>
      ) : (
        <p>
          You are no longer signed in as an active editor, so nothing was saved.{' '}
          <Link href="/login?callbackUrl=/editor">Sign in again</Link> to see why.
        </p>
      )}
      <p>
        <Link href="/editor">Back to the pledges</Link>
      </p>
    </section>
  );
}
