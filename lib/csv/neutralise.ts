// CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @ tab or CR as a formula.
// Text cells that could be read that way get a leading apostrophe, which spreadsheets show as text.
// Numbers we wrote ourselves never pass through here. Cells that already start with apostrophes
// before such a character get one more, so the import can take exactly one off again.

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
