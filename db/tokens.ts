// API tokens: shown once, stored as a SHA-256 hash, revocable, and dead with a disabled user.
import crypto from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb, writeTransaction } from './client';
import { apiTokens, users } from './schema';
import type { PublicUser } from './users';

const PREFIX = 'apt_';

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Creates a token for an active user. The returned `token` is the only time it is shown. */
export function createApiToken(userId: number, label = ''): { id: number; token: string; prefix: string } {
  const token = `${PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
  const prefix = token.slice(0, PREFIX.length + 6);
  const row = writeTransaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user || user.disabledAt) throw new Error(`user ${userId} is missing or disabled`);
    return tx.insert(apiTokens).values({ userId, label: label.slice(0, 100), tokenHash: hashToken(token), prefix }).returning({ id: apiTokens.id }).get();
  }, { touchesData: false });
  return { id: row.id, token, prefix };
}

/** The active editor or admin a bearer token belongs to, or null for a bad, revoked or orphaned token. */
export function verifyApiToken(token: string | null | undefined): PublicUser | null {
  if (!token || !token.startsWith(PREFIX) || token.length > 200) return null;
  const db = getDb();
  const row = db.select({ token: apiTokens, user: users }).from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt))).get();
  if (!row) return null;
  // Record use at most once a minute so a busy script does not turn reads into writes.
  const minuteAgo = new Date(Date.now() - 60_000).toISOString();
  db.update(apiTokens).set({ lastUsedAt: new Date().toISOString() })
    .where(and(eq(apiTokens.id, row.token.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, minuteAgo)))).run();
  const { passwordHash: _h, ...user } = row.user;
  return user;
}

export function revokeApiToken(id: number, userId?: number): boolean {
  const where = userId == null ? eq(apiTokens.id, id) : and(eq(apiTokens.id, id), eq(apiTokens.userId, userId));
  return getDb().update(apiTokens).set({ revokedAt: new Date().toISOString() }).where(and(where, isNull(apiTokens.revokedAt))).run().changes === 1;
}

export function listApiTokens(userId: number) {
  return getDb().select({
    id: apiTokens.id, label: apiTokens.label, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt,
    lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
  }).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id)).all();
}
