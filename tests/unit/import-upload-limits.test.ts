// The one check the import form runs before sending and the action runs on File.size before
// writing anything: each kind of unusable upload gets its own clear message.
import { describe, test, expect } from 'vitest';
import { MAX_UPLOAD_BYTES, uploadProblem } from '@/app/editor/import/limits';

describe('uploadProblem', () => {
  test('refuses a missing, non-CSV, empty or oversized file and accepts a CSV within the limit', () => {
    expect(uploadProblem(null)).toBe('Choose a CSV file to import.');
    expect(uploadProblem({ name: '', size: 0 })).toBe('Choose a CSV file to import.');
    expect(uploadProblem({ name: 'pledges.xlsx', size: 10 })).toContain('pledges.xlsx is not a CSV file');
    expect(uploadProblem({ name: 'pledges.csv', size: 0 })).toContain('pledges.csv is empty');
    expect(uploadProblem({ name: 'pledges.csv', size: MAX_UPLOAD_BYTES + 1 })).toContain(
      'the limit is 50 MB',
    );
    expect(uploadProblem({ name: 'pledges.CSV', size: MAX_UPLOAD_BYTES })).toBeNull();
    expect(uploadProblem({ name: 'export.txt', size: 100 })).toBeNull();
  });
});
