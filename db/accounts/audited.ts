// A write and its audit entry in one transaction, for verbs that open their own: a transaction
// opened inside another is a savepoint of it (db/sqlite/transaction.ts, db/postgres/transaction.ts), so the entry exists
// exactly when the change does, and a refused change (a thrown ValidationError) leaves no entry either.
import { writeTransaction } from '../connection';
import { recordAudit, type AuditEntry } from './audit';

export async function withAudit<T>(
  write: () => Promise<T>,
  entryOf: (result: T) => AuditEntry | null,
): Promise<T> {
  return writeTransaction(
    async (tx) => {
      const result = await write();
      const entry = entryOf(result);
      if (entry) await recordAudit(entry, tx);
      return result;
    },
    { touchesData: false },
  );
}
