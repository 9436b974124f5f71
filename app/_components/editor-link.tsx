// The header's per-visitor link. It reads the session, so the page around it is rendered for each
// request and a signed-in visitor's response is never marked shareable (lib/page-cache.ts: a
// request with a session cookie is not shareable; scripts/serve.ts adds no public headers to it).
import Link from 'next/link';
import { currentAccount } from '@/auth';

export async function EditorLink() {
  const editor = await currentAccount();
  if (!editor) return <Link href="/editor">Editor login</Link>;
  return (
    <Link href="/editor" data-testid="header-editor">
      Editor · {editor.name?.trim() || 'signed in'}
    </Link>
  );
}
