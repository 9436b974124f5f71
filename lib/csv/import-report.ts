// What an import tells the editor: counts, and every problem with its line and column (up to a
// limit, then how many more), so a whole file can be fixed in one pass.

export type ImportProblem = { line: number; column: string | null; message: string };

export type ImportReport = {
  file: string;
  dryRun: boolean;
  /** True when the file was written (or, in a dry run, would have been). */
  ok: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
  /** All errors, including those beyond the listed limit. */
  errorCount: number;
  warnings: string[];
  /** The first pledges created or updated (up to PLEDGE_ID_LIMIT), so a page can link to them. */
  pledgeIds: number[];
};

export const DEFAULT_ERROR_LIMIT = 100;
export const PLEDGE_ID_LIMIT = 50;

export function newReport(file: string, dryRun: boolean): ImportReport {
  return {
    file,
    dryRun,
    ok: false,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    errorCount: 0,
    warnings: [],
    pledgeIds: [],
  };
}

export function addProblem(report: ImportReport, problem: ImportProblem, limit = DEFAULT_ERROR_LIMIT): void {
  report.errorCount++;
  if (report.errors.length < limit) report.errors.push(problem);
}

export function notePledge(report: ImportReport, id: number): void {
  if (report.pledgeIds.length < PLEDGE_ID_LIMIT) report.pledgeIds.push(id);
}

/** "pledges.csv line 7, column amount: amount must not be negative". */
export function describeProblem(file: string, p: ImportProblem): string {
  const where = [p.line > 0 ? `line ${p.line}` : '', p.column ? `column ${p.column}` : '']
    .filter(Boolean)
    .join(', ');
  return `${file}${where ? ` ${where}` : ''}: ${p.message}`;
}

/** The report as the lines a person reads (the CLI prints these; a web page can too). */
export function describeReport(r: ImportReport): string[] {
  const verb = r.dryRun ? 'would create' : 'created';
  const lines = [
    ...r.warnings.map((w) => `warning: ${w}`),
    ...r.errors.map((p) => describeProblem(r.file, p)),
  ];
  if (r.errorCount > r.errors.length) lines.push(`... and ${r.errorCount - r.errors.length} more problems`);
  if (r.ok) {
    lines.push(
      `${r.file}: ${r.rows.toLocaleString('en-US')} rows; ${verb} ${r.created.toLocaleString('en-US')}, ${r.dryRun ? 'would update' : 'updated'} ${r.updated.toLocaleString('en-US')}, unchanged ${r.unchanged.toLocaleString('en-US')}${r.dryRun ? ' (dry run: nothing written)' : ''}.`,
    );
  } else {
    lines.push(
      `${r.file}: ${r.errorCount.toLocaleString('en-US')} problem${r.errorCount === 1 ? '' : 's'} in ${r.rows.toLocaleString('en-US')} rows; nothing was written.`,
    );
  }
  return lines;
}
