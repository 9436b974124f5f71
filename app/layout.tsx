import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { EditorLink } from './_components/editor-link';
import { ExportLink } from './_components/export-link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Aid Pledge Tracker', template: '%s · Aid Pledge Tracker' },
  description:
    'Every aid pledge a donor makes to a recipient, each backed by its sources, and cumulative support over time.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-line bg-paper">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-ink no-underline">
              Aid Pledge Tracker
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href="/">Dashboard</Link>
              <Link href="/donors">Donors</Link>
              <Link href="/search">Search</Link>
              <Link href="/changes">Changes</Link>
              <Link href="/releases">Releases</Link>
              {/* Pages rendered ahead of time have no query: they show the plain link until hydrated. */}
              <Suspense fallback={<Link href="/export">Export</Link>}>
                <ExportLink />
              </Suspense>
              <Link href="/api">API</Link>
              <EditorLink />
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">
          Amounts are converted at the Federal Reserve&apos;s monthly average rate of each pledge&apos;s month
          unless the source states both amounts. Reported totals are compared with itemised pledges, never
          added to them.
        </footer>
      </body>
    </html>
  );
}
