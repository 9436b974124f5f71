// What an API token is: its `apt_` prefix, a fresh random secret, and the SHA-256 hash that is all
// the database keeps of it (db/accounts/tokens.ts creates, db/accounts/token-check.ts checks).
import crypto from 'node:crypto';

export const TOKEN_PREFIX = 'apt_';

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A new token and the start of it that is stored in the clear, to tell one token from another. */
export function newToken(): { token: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}
