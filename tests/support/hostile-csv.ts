// The hostile CSV files of tests/faults/hostile-import.test.ts: a good row, cells made certainly wrong,
// and a file of good rows with one such cell and the line it starts on.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { nastyText } from './hostile-inputs';
import { badAmount, badCurrency } from './hostile-amounts';
import { CATEGORIES, STAGES } from '../../lib/domain';

export const HEADER = [
  'external_id',
  'donor',
  'recipient',
  'title',
  'category',
  'stage',
  'amount',
  'currency',
  'announced_on',
  'source_urls',
  'source_quotes',
  'description',
];
export const goodRow = (ext: string) => [
  ext,
  'Japan',
  'Ukraine',
  `Generators ${ext}`,
  'humanitarian',
  'committed',
  '1,500,000',
  'USD',
  '2024-11-05',
  `https://example.org/${ext}`,
  'We pledge.',
  '',
];
// No NUL in a cell (it makes the whole file binary, refused at line 0: the broken-files test's case),
// and no bare CR (the parser counts it as a line break, which the expected line here does not).
export const cellText = nastyText.filter((v) => !/[\u0000\r]/.test(v));
const notIn = (values: readonly string[]) => cellText.filter((v) => !values.includes(v.trim().toLowerCase()));

export const cellBreaker: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom('donor', 'recipient', 'title'), fc.constantFrom('', '   ')),
  fc.tuple(fc.constant('category'), notIn(CATEGORIES)),
  fc.tuple(fc.constant('stage'), notIn(STAGES)),
  fc.tuple(fc.constant('amount'), badAmount),
  fc.tuple(fc.constant('currency'), badCurrency),
  fc.tuple(fc.constant('announced_on'), fc.constantFrom('2024-02-30', '2023-13-01', '31/12/2024', 'soon')),
  fc.tuple(fc.constant('source_urls'), fc.constantFrom('javascript:alert(1)', 'not a url', 'ftp://x')),
);

/** A file of `rows` good rows where row `bad` has its `column` set to `value`; the description column carries
 *  noise (without NUL: a NUL byte makes the whole file binary, refused at line 0 — the other test's case). */
export function badCellFile(
  rows: number,
  bad: number,
  [column, value]: [string, string],
  noise: string[],
): { text: string; line: number } {
  const records = Array.from({ length: rows }, (_, i) => {
    const row = goodRow(`h-${i}-${Math.random().toString(36).slice(2)}`);
    row[HEADER.indexOf('description')] = noise[i % noise.length] ?? '';
    if (i === bad) row[HEADER.indexOf(column)] = value;
    return row;
  });
  // The line a row starts on counts the line breaks in the rows before it (quoted cells may hold some).
  const before = stringify([HEADER, ...records.slice(0, bad)]);
  return { text: stringify([HEADER, ...records]), line: before.split('\n').length };
}
