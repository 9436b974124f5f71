// The one error a file's reading stops with: the line it is on and what is wrong, in words for the
// person who uploaded it (db/csv-import/read.ts and db/csv-import/record-parser.ts raise it).
export class FileProblem extends Error {
  override name = 'FileProblem';
  constructor(
    public readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
