// Server-side sessions behind next-auth's JWT cookie (auth.ts): the cookie carries a random id,
// and only its sha256 is stored here. A session is live while its row is not ended, so signing
// out, a disabled account or a new password ends it on the server, whatever the cookie says.
import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { affected, one, read, writeTransaction, type Tx } from '../connection';
import { sessions } from '../tables';
import { recordAudit } from './audit';

const hashOf = (id: string) => crypto.createHash('sha256').update(id).digest('hex');
const nowIso = () => new Date().toISOString();

/** Starts a session for a password just given and records the sign-in; returns the id for the cookie. */
export async function startSession(
  userId: number,
  signIn: { email: string; address: string | null },
): Promise<string> {
  const id = crypto.randomBytes(32).toString('base64url');
  await writeTransaction(
    async (tx) => {
      await tx.insert(sessions).values({ idHash: hashOf(id), userId });
      await recordAudit(
        { event: 'sign_in', actorId: userId, detail: signIn.email, address: signIn.address },
        tx,
      );
    },
    { touchesData: false },
  );
  return id;
}

/** Whether the session with this id belongs to the account and has not ended. */
export async function isSessionLive(id: string | undefined, userId: number): Promise<boolean> {
  if (!id) return false;
  const row = await read((db) =>
    one(
      db
        .select({ userId: sessions.userId, endedAt: sessions.endedAt })
        .from(sessions)
        .where(eq(sessions.idHash, hashOf(id))),
    ),
  );
  return !!row && row.userId === userId && !row.endedAt;
}

/** When the password was last given in this session (null when the session is not live). */
export async function sessionAuthenticatedAt(id: string): Promise<string | null> {
  const row = await read((db) =>
    one(
      db
        .select({ at: sessions.authenticatedAt })
        .from(sessions)
        .where(and(eq(sessions.idHash, hashOf(id)), isNull(sessions.endedAt))),
    ),
  );
  return row?.at ?? null;
}

/** The password was given again in this session (re-authentication before a sensitive action). */
export async function markSessionAuthenticated(id: string): Promise<void> {
  await writeTransaction(
    async (tx) => {
      await tx
        .update(sessions)
        .set({ authenticatedAt: nowIso() })
        .where(eq(sessions.idHash, hashOf(id)));
    },
    { touchesData: false },
  );
}

/** Signing out: ends this one session and records it. */
export async function endSession(id: string, userId: number | null, address: string | null): Promise<void> {
  await writeTransaction(
    async (tx) => {
      const ended = affected(
        await tx
          .update(sessions)
          .set({ endedAt: nowIso() })
          .where(and(eq(sessions.idHash, hashOf(id)), isNull(sessions.endedAt))),
      );
      if (ended) await recordAudit({ event: 'sign_out', actorId: userId, address }, tx);
    },
    { touchesData: false },
  );
}

/** Ends every live session of an account, inside the write that disables it or changes its password. */
export async function endSessionsOf(tx: Tx, userId: number): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: nowIso() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
}
