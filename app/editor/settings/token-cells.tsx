// The cells both token tables share (Editor → Settings for one's own, /editor/tokens for everyone's).
import { formatTimestamp } from '@/lib/format';
import { tokenState } from '@/lib/token-expiry';

type Token = {
  label: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

export const TOKEN_HEADINGS = ['Label', 'Starts with', 'Created', 'Last used', 'Expires'] as const;

export function TokenCells({ token }: { token: Token }) {
  return (
    <>
      <td className="p-2">{token.label || '—'}</td>
      <td className="p-2">
        <code>{token.prefix}…</code>
      </td>
      <td className="p-2 num">{formatTimestamp(token.createdAt)}</td>
      <td className="p-2 num">{formatTimestamp(token.lastUsedAt)}</td>
      <td className="p-2 num" data-testid="token-expires">
        {token.expiresAt ? formatTimestamp(token.expiresAt) : 'Never'}
      </td>
    </>
  );
}

/** "Revoked …", "Expired …", or null for a live token (the caller shows its revoke form). */
export function endedText(token: Token): string | null {
  const state = tokenState(token);
  if (state === 'revoked') return `Revoked ${formatTimestamp(token.revokedAt)}`;
  if (state === 'expired') return `Expired ${formatTimestamp(token.expiresAt)}`;
  return null;
}
