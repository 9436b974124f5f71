// API tokens: shown once, stored as a SHA-256 hash, revocable, optionally expiring, and revoked for
// good when their account is disabled. Admins list and revoke anyone's (/editor/tokens); every
// revoke is in the audit log, written in the revoke's own transaction.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { affected, one, read, writeTransaction, type Tx } from '../connection';
import { apiTokens, users } from '../tables';
import { recordAudit } from './audit';
import { hashToken, newToken } from './token-secret';

// The check of a bearer token lives in its own file; its verbs are this file's too.
export { checkApiToken, type TokenCheck, tokenCheck, verifyApiToken } from './token-check';

/** Creates a token for an active user. The returned `token` is the only time it is shown. */
export async function createApiToken(
  userId: number,
  label = '',
  options: { expiresAt?: string | null } = {},
): Promise<{ id: number; token: string; prefix: string }> {
  const { token, prefix } = newToken();
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
