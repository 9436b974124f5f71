// API tokens: shown once, stored as a SHA-256 hash, revocable, optionally expiring, and revoked for
// good when their account is disabled. Admins list and revoke anyone's (/editor/tokens); every
// revoke is in the audit log, written in the revoke's own transaction.
import crypto from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { affected, one, read, writeTransaction, type Tx } from '../connection';
import { apiTokens, users } from '../tables';
import { recordAudit } from './audit';
import { isDatabaseBusy } from '../../lib/validation';
import type { PublicUser } from './users';

const PREFIX = 'apt_';

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Creates a token for an active user. The returned `token` is the only time it is shown. */
export async function createApiToken(
  userId: number,
  label = '',
  options: { expiresAt?: string | null } = {},
): Promise<{ id: number; token: string; prefix: string }> {
  const token = `${PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
  const prefix = token.slice(0, PREFIX.length + 6);
  const row = await writeTransaction(
    async (tx) => {
      const user = await one(tx.select().from(users).where(eq(users.id, userId)));
      if (!user || user.disabledAt) throw new Error(`user ${userId} is missing or disabled`);
      const [created] = await tx
        .insert(apiTokens)
        .values({
          userId,
          label: label.slice(0, 100),
          tokenHash: hashToken(token),
          prefix,
          expiresAt: options.expiresAt ?? null,
        })
        .returning({ id: apiTokens.id });
      return created;
    },
    { touchesData: false },
  );
  return { id: row.id, token, prefix };
}

/** Why a token was refused: unknown, revoked, expired or disabled all look alike to the caller. */
export type TokenCheck = { user: PublicUser } | { refused: 'invalid' | 'password_change_required' };

/** A check's answer with the token's last use, for recordUse. */
type CheckedToken = TokenCheck & { use?: { tokenId: number; lastUsedAt: string | null } };

/** The active account a bearer token acts for, or why it may not. */
export async function tokenCheck(db: Tx, token: string | null | undefined): Promise<CheckedToken> {
  if (!token || !token.startsWith(PREFIX) || token.length > 200) return { refused: 'invalid' };
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

/**
 * Revokes one token. `ownerId` limits it to that account's tokens (Editor → Settings: nobody revokes
 * another's token by guessing an id); without it, any token (an admin, the command line).
 */
export async function revokeApiToken(
  id: number,
  options: { ownerId?: number; actorId?: number | null; address?: string | null } = {},
): Promise<boolean> {
  const mine = options.ownerId == null ? undefined : eq(apiTokens.userId, options.ownerId);
  return writeTransaction(
    async (tx) => {
      const [row] = await tx
        .update(apiTokens)
        .set({ revokedAt: new Date().toISOString() })
        .where(and(eq(apiTokens.id, id), mine, isNull(apiTokens.revokedAt)))
        .returning({ userId: apiTokens.userId, prefix: apiTokens.prefix, label: apiTokens.label });
      if (!row) return false;
      await recordAudit(
        {
          event: 'token_revoke',
          actorId: options.actorId ?? null,
          subjectId: row.userId,
          detail: `${row.prefix}… ${row.label}`.trim(),
          address: options.address ?? null,
        },
        tx,
      );
      return true;
    },
    { touchesData: false },
  );
}

/** Disabling an account (db/accounts/users.ts) revokes its live tokens in the same transaction: enabling it later revives none. */
export async function revokeTokensOf(tx: Tx, userId: number): Promise<number> {
  return affected(
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))),
  );
}

const listed = {
  id: apiTokens.id,
  label: apiTokens.label,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  expiresAt: apiTokens.expiresAt,
};

export async function listApiTokens(userId: number) {
  return read((db) =>
    db.select(listed).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id)),
  );
}

/** Every account's tokens, newest first, with the owner's display name (/editor/tokens). */
export async function listAllApiTokens(limit = 1000) {
  return read((db) =>
    db
      .select({ ...listed, ownerName: users.name, ownerEmail: users.email })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .orderBy(desc(apiTokens.id))
      .limit(limit),
  );
}
