import type { Metadata } from 'next';
import { editorForPage } from '../_lib/editor-page';
import { listAllApiTokens } from '@/db/accounts';
import { endedText, TOKEN_HEADINGS, TokenCells } from '../settings/token-cells';
import { RevokeTokenForm } from '../settings/revoke-form';
import { revokeAnyTokenAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'All API tokens' };

/** Admins only: every account's tokens, with a revoke for each live one. */
export default async function AllTokensPage() {
  await editorForPage('/editor/tokens', { admin: true });
  const tokens = await listAllApiTokens();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">All API tokens</h1>
      <p className="text-sm text-muted">
        Every account&apos;s tokens, newest first. Revoking one refuses the scripts that use it at once; the
        audit log records who revoked it.
      </p>
      <div
        className="relative overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label="All API tokens (scrolls sideways)"
      >
        <table className="w-full border-collapse bg-paper text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              {['Owner', ...TOKEN_HEADINGS, 'State'].map((h) => (
                <th key={h} className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-line" data-testid="token-row">
                <td className="p-2">{t.ownerName ?? '—'}</td>
                <TokenCells token={t} />
                <td className="p-2">
                  {endedText(t) ?? (
                    <>
                      Active{' '}
                      <RevokeTokenForm id={t.id} label={t.label || t.prefix} action={revokeAnyTokenAction} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tokens.length === 0 && <p className="text-sm text-muted">No account has a token yet.</p>}
    </div>
  );
}
