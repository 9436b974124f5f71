// The security audit log: who signed in or failed to, who changed whose role, password or tokens.
// Admins read it at /editor/audit. Rows are only ever added; nothing here updates or deletes one.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type Tx } from '../sqlite/client';
import { read } from '../sqlite/transaction';
import { auditLog, users } from '../schema';
import type { AuditEvent } from '../../lib/domain';

export type AuditEntry = {
  event: AuditEvent;
  actorId?: number | null;
  subjectId?: number | null;
  detail?: string;
  address?: string | null;
};

/** Records one event inside the write it belongs to, so the entry exists exactly when the change does. */
export function recordAudit(entry: AuditEntry, tx: Tx): void {
  const row = {
    event: entry.event, actorId: entry.actorId ?? null, subjectId: entry.subjectId ?? null,
    detail: (entry.detail ?? '').slice(0, 300), address: entry.address?.slice(0, 100) ?? null,
  };
  tx.insert(auditLog).values(row).run();
}

const actor = alias(users, 'actor');
const subject = alias(users, 'subject');

/** Newest first, `limit` at a time; `before` is the id of the last row of the previous page. */
export async function listAudit(options: { limit?: number; before?: number; event?: AuditEvent } = {}) {
  return read(() => {
    const conditions: SQL[] = [];
    if (options.before) conditions.push(lt(auditLog.id, options.before));
    if (options.event) conditions.push(eq(auditLog.event, options.event));
    return getDb().select({
      id: auditLog.id, at: auditLog.at, event: auditLog.event, detail: auditLog.detail, address: auditLog.address,
      actorName: actor.name, actorEmail: actor.email, subjectName: subject.name, subjectEmail: subject.email,
    }).from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .leftJoin(subject, eq(subject.id, auditLog.subjectId))
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(auditLog.id)).limit(Math.min(options.limit ?? 100, 500)).all();
  });
}
