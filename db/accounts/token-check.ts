// Which account a bearer token acts for, or why it may not, and the record of its last use (at most
// once a minute). Created, revoked and listed in db/accounts/tokens.ts.
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { one, read, writeTransaction, type Tx } from '../connection';
import { apiTokens, users } from '../tables';
import { isDatabaseBusy } from '../../lib/validation';
import { hashToken, TOKEN_PREFIX } from './token-secret';
import type { PublicUser } from './public-user';

/** Why a token was refused: unknown, revoked, expired or disabled all look alike to the caller. */
export type TokenCheck = { user: PublicUser } | { refused: 'invalid' | 'password_change_required' };

/** A check's answer with the token's last use, for recordUse. */
type CheckedToken = TokenCheck & { use?: { tokenId: number; lastUsedAt: string | null } };

/** The active account a bearer token acts for, or why it may not. */
export async function tokenCheck(db: Tx, token: string | null | undefined): Promise<CheckedToken> {
  if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 200) return { refused: 'invalid' };
  const now = new Date().toISOString();
  const row = await one(
    db
      .select({ token: apiTokens, user: users })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(
        and(
          eq(apiTokens.tokenHash, hashToken(token)),
          isNull(apiTokens.revokedAt),
          isNull(users.disabledAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        ),
      ),
  );
  if (!row) return { refused: 'invalid' };
  // The same rule as the editor's pages (auth.ts): an admin's reset closes everything until the
  // account chooses its own password — a token must not be the way round it.
  if (row.user.mustChangePassword) return { refused: 'password_change_required' };
  const { passwordHash: _h, ...user } = row.user;
  return { user, use: { tokenId: row.token.id, lastUsedAt: row.token.lastUsedAt } };
}

/**
 * Records that a token was used, at most once a minute so a busy script does not turn every read
 * into a write. Its own short write after the check's read (a read cannot write: on PostgreSQL it
 * is a READ ONLY transaction); a busy database skips the record, never the request.
 */
async function recordUse(tokenId: number, lastUsedAt: string | null): Promise<void> {
  const minuteAgo = new Date(Date.now() - 60_000).toISOString();
  if (lastUsedAt !== null && lastUsedAt >= minuteAgo) return;
  try {
    await writeTransaction(
      (tx) =>
        tx
          .update(apiTokens)
          .set({ lastUsedAt: new Date().toISOString() })
          .where(
            and(
              eq(apiTokens.id, tokenId),
              or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, minuteAgo)),
            ),
          ),
      { touchesData: false, waitMs: 25 },
    );
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
  }
}

export async function checkApiToken(token: string | null | undefined): Promise<TokenCheck> {
  const check = await read((db) => tokenCheck(db, token));
  if (!('user' in check)) return check;
  if (check.use) await recordUse(check.use.tokenId, check.use.lastUsedAt);
  return { user: check.user };
}

/** The account a usable token belongs to, or null. */
export async function verifyApiToken(token: string | null | undefined): Promise<PublicUser | null> {
  const check = await checkApiToken(token);
  return 'user' in check ? check.user : null;
}
