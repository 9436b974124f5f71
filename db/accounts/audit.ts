// The security audit log: who signed in or failed to, who changed whose role, password or tokens.
// Admins read it at /editor/audit. Rows are only ever added; nothing here updates or deletes one.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { read, type Tx } from '../connection';
import { auditLog, users } from '../tables';
import type { AuditEvent } from '../../lib/domain';

export type AuditEntry = {
  event: AuditEvent;
  actorId?: number | null;
  subjectId?: number | null;
  detail?: string;
  address?: string | null;
};

/** Records one event inside the write it belongs to, so the entry exists exactly when the change does. */
export async function recordAudit(entry: AuditEntry, tx: Tx): Promise<void> {
  const row = {
    event: entry.event,
    actorId: entry.actorId ?? null,
    subjectId: entry.subjectId ?? null,
    detail: (entry.detail ?? '').slice(0, 300),
    address: entry.address?.slice(0, 100) ?? null,
  };
  await tx.insert(auditLog).values(row);
}

// drizzle's alias reads the table it wraps on every use, so over db/tables.ts's forwarding table it
// names the current engine's users table (both dialects' alias() are the same function).
const actor = alias(users, 'actor');
const subject = alias(users, 'subject');

/** Newest first, `limit` at a time; `before` is the id of the last row of the previous page. */
export async function listAudit(options: { limit?: number; before?: number; event?: AuditEvent } = {}) {
  return read((db) => {
    const conditions: SQL[] = [];
    if (options.before) conditions.push(lt(auditLog.id, options.before));
    if (options.event) conditions.push(eq(auditLog.event, options.event));
    return db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        event: auditLog.event,
        detail: auditLog.detail,
        address: auditLog.address,
        actorName: actor.name,
        actorEmail: actor.email,
        subjectName: subject.name,
        subjectEmail: subject.email,
      })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .leftJoin(subject, eq(subject.id, auditLog.subjectId))
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(Math.min(options.limit ?? 100, 500));
  });
}
