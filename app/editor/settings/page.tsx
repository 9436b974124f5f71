import type { Metadata } from 'next';
import { editorForPage } from '../_lib/editor-page';
import { listApiTokens } from '@/db/accounts';
import { endedText, TOKEN_HEADINGS, TokenCells } from './token-cells';
import { CreateTokenForm } from './token-form';
import { PasswordForm } from './password-form';
import { RevokeTokenForm } from './revoke-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await editorForPage('/editor/settings');
  const tokens = await listApiTokens(user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <PasswordForm />
      <h2 className="text-xl font-semibold">API tokens</h2>
      <p className="text-sm text-muted">
        Scripts write through <code>/api/v1</code> with <code>Authorization: Bearer &lt;token&gt;</code>,
        acting as you. A token stops working when it expires, when it is revoked, or for good when your
        account is disabled.
      </p>
      <CreateTokenForm />
      {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways. */}
      <div
        className="relative overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label="Your API tokens (scrolls sideways)"
      >
        <table className="w-full border-collapse bg-paper text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              {[...TOKEN_HEADINGS, 'Status'].map((h) => (
                <th key={h} className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-line" data-testid="token-row">
                <TokenCells token={t} />
                <td className="p-2">
                  {endedText(t) ?? <RevokeTokenForm id={t.id} label={t.label || t.prefix} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
