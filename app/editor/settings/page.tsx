import type { Metadata } from 'next';
import { editorForPage } from '../_lib/editor-page';
import { listApiTokens } from '@/db/tokens';
import { formatTimestamp } from '@/lib/format';
import { CreateTokenForm } from './token-form';
import { PasswordForm } from './password-form';
import { RevokeTokenForm } from './revoke-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await editorForPage('/editor/settings');
  const tokens = listApiTokens(user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <PasswordForm />
      <h2 className="text-xl font-semibold">API tokens</h2>
      <p className="text-sm text-muted">Scripts write through <code>/api/v1</code> with <code>Authorization: Bearer &lt;token&gt;</code>, acting as you. A token stops working when it is revoked or your account is disabled.</p>
      <CreateTokenForm />
      <table className="w-full border-collapse bg-paper text-sm">
        <thead><tr className="border-b border-line text-left"><th className="p-2">Label</th><th className="p-2">Starts with</th><th className="p-2">Created</th><th className="p-2">Last used</th><th className="p-2">Status</th></tr></thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-b border-line" data-testid="token-row">
              <td className="p-2">{t.label || '—'}</td>
              <td className="p-2"><code>{t.prefix}…</code></td>
              <td className="p-2 num">{formatTimestamp(t.createdAt)}</td>
              <td className="p-2 num">{formatTimestamp(t.lastUsedAt)}</td>
              <td className="p-2">
                {t.revokedAt ? `Revoked ${formatTimestamp(t.revokedAt)}` : <RevokeTokenForm id={t.id} label={t.label || t.prefix} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
