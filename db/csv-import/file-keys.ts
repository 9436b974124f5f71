// Each pledge may appear once in a file: the line each id and external_id was first seen on, and
// the problems of a row that names one again (db/csv-import/rows.ts checks every row).
import type { CellProblem } from '../../lib/csv/pledge-record';
import type { IncomingRow } from './incoming-row';

export class FileKeys {
  private readonly idLines = new Map<number, number>();
  private readonly externalIdLines = new Map<string, number>();

  /** Notes the row's id and external_id; a problem for each one an earlier line already has. */
  duplicates(row: IncomingRow, line: number): CellProblem[] {
    const duplicates: CellProblem[] = [];
    if (row.id != null) {
      const first = this.idLines.get(row.id);
      if (first !== undefined)
        duplicates.push({
          column: 'id',
          message: `id ${row.id} is also on line ${first}; each pledge may appear once`,
        });
      else this.idLines.set(row.id, line);
    }
    const externalId = row.externalId;
    if (externalId) {
      const first = this.externalIdLines.get(externalId);
      if (first !== undefined)
        duplicates.push({
          column: 'external_id',
          message: `external_id "${externalId}" is also on line ${first}; each pledge may appear once`,
        });
      else this.externalIdLines.set(externalId, line);
    }
    return duplicates;
  }
}
