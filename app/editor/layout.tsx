import Link from 'next/link';
import { editorForPage } from './_lib/editor-page';
import { SignOutButton } from './sign-out-button';

export const dynamic = 'force-dynamic';

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const user = await editorForPage('/editor');
  const links: [string, string][] = [
    ['/editor', 'Pledges'],
    ['/editor/pledges/new', 'New pledge'],
    ['/editor/import', 'Import CSV'],
    ['/editor/activity', 'Activity'],
    ['/editor/parties', 'Parties'],
    ['/editor/settings', 'API tokens'],
    ...(user.role === 'admin'
      ? ([
          ['/editor/users', 'Users'],
          ['/editor/tokens', 'All tokens'],
          ['/editor/audit', 'Audit log'],
          ['/editor/releases', 'Releases'],
        ] as [string, string][])
      : []),
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3">
        <nav aria-label="Editor" className="flex flex-wrap gap-4 text-sm">
          {links.map(([href, label]) => (
            <Link key={href} href={href}>
              {label}
            </Link>
          ))}
        </nav>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
          Signed in as{' '}
          <span data-testid="signed-in-as" className="break-all">
            {user.email}
          </span>{' '}
          ({user.role}) <SignOutButton />
        </p>
      </div>
      {children}
    </div>
  );
}
