// Page guard for /editor: proxy.ts already redirects visitors without a session; this also
// catches a session whose account was disabled or changed since sign-in.
import { forbidden, redirect } from 'next/navigation';
import { currentEditor } from '@/auth';
import type { PublicUser } from '@/db/accounts';

export async function editorForPage(path: string, options: { admin?: boolean } = {}): Promise<PublicUser> {
  const user = await currentEditor();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (options.admin && user.role !== 'admin') forbidden();
  return user;
}
