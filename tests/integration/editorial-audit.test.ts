// Editorial changes that are not pledge revisions are in the audit log (/editor/audit), on the test
// engine: a donor's fiscal year, which moves the annual view's figures, and a release cut. Each entry
// names the account and what changed; a refused change leaves no entry.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeEngineFixture } from './engine-fixture';
import { createUser } from '../../db/accounts/users';
import { listAudit } from '../../db/accounts';
import { setFiscalYearStart } from '../../db/parties';
import { cutRelease } from '../../db/releases';

let editor: { id: number };
let admin: { id: number };

beforeAll(async () => {
  await useTestDatabase();
  await writeEngineFixture();
  editor = await createUser({
    email: 'fy-editor@example.org',
    password: 'fiscal year editor 2024',
    role: 'editor',
    name: 'Fumi Editor',
  });
  admin = await createUser({
    email: 'fy-admin@example.org',
    password: 'fiscal year admin 2024',
    role: 'admin',
    name: 'Aki Admin',
  });
});

const entries = async (event: 'fiscal_year_change' | 'release_cut') =>
  (await listAudit({ event })).map((e) => ({ detail: e.detail, actor: e.actorName }));

describe('the audit log of editorial changes', () => {
  test("a donor's fiscal year change names the editor, the new start month and the one before", async () => {
    await setFiscalYearStart({ party: 'japan', fiscalYearStartMonth: '4' }, editor);
    await setFiscalYearStart({ party: 'japan', fiscalYearStartMonth: '' }, editor);
    expect(await entries('fiscal_year_change')).toEqual([
      { detail: 'Japan: the calendar year (was a fiscal year from April)', actor: 'Fumi Editor' },
      { detail: 'Japan: a fiscal year from April (was the calendar year)', actor: 'Fumi Editor' },
    ]);
  });

  test('a refused fiscal year, or one for a party that does not exist, leaves no entry', async () => {
    const before = (await entries('fiscal_year_change')).length;
    await expect(
      setFiscalYearStart({ party: 'japan', fiscalYearStartMonth: '13' }, editor),
    ).rejects.toThrow();
    await expect(
      setFiscalYearStart({ party: 'atlantis', fiscalYearStartMonth: '4' }, editor),
    ).rejects.toThrow();
    expect(await entries('fiscal_year_change')).toHaveLength(before);
  });

  test('a release cut names the admin and the release', async () => {
    const release = await cutRelease({ name: 'audit-2026-12', actor: admin });
    expect(await entries('release_cut')).toEqual([
      { detail: `Release audit-2026-12, the record at ${release.cutAt}`, actor: 'Aki Admin' },
    ]);
  });

  test('a release refused for its taken name leaves no second entry', async () => {
    await expect(cutRelease({ name: 'audit-2026-12', actor: admin })).rejects.toThrow(/already exists/);
    expect(await entries('release_cut')).toHaveLength(1);
  });
});
