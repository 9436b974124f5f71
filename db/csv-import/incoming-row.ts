// What an import's rows are to the code that applies them: a row as the applier takes it, the
// engine's writer of creates (ImportWriter), the revisions' reason and the report's problems.
import type { PreparedCreate } from './prepare';
import { columnForField, type CellProblem, type ImportedRow } from '../../lib/csv/pledge-record';
import type { ImportReport } from '../../lib/csv/import-report';
import type { FieldErrors } from '../../lib/validation';

/**
 * A row as the applier takes it: `input` is what an update needs, `prepared` the create worked out
 * ahead (by the worker); a row may carry either or both.
 */
export type IncomingRow = Pick<ImportedRow, 'id' | 'parentRef' | 'problems'> & {
  externalId: string | null;
  input?: ImportedRow['input'];
  prepared?: PreparedCreate;
};

/** The reason every revision the import records gives. */
export const importReason = (report: Pick<ImportReport, 'file'>) => `CSV import of ${report.file}`;

/** A ValidationError's fields as the report's problems, each under its CSV column. */
export function fieldProblems(fields: FieldErrors): CellProblem[] {
  return Object.entries(fields).flatMap(([field, messages]) =>
    messages.map((message) => ({ column: columnForField(field), message })),
  );
}

/** How an import creates pledges and finds stored ones, per engine. */
export type ImportWriter = {
  /** Creates the row's pledge; throws ValidationError naming the field, writing nothing the import keeps. */
  create(row: IncomingRow, parentId: number | null): Promise<number>;
  /** Writes what is buffered; called before anything reads pledges back. */
  flush(): void | Promise<void>;
  /** Whether a stored pledge has this id. */
  hasPledge(id: number): boolean | Promise<boolean>;
  /** The stored pledge with this external_id. */
  withExternalId(externalId: string): number | undefined | Promise<number | undefined>;
};
