// Releases on the test engine (SQLite, or PostgreSQL with TEST_ENGINE=postgres): only an active admin
// cuts one, a taken name is refused beside Name, and a release's corrections list holds exactly the
// revisions since the previous release's cut, in the history's words.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { createUser, disableUser } from '../../db/accounts/users';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import {
  cutRelease,
  findReleaseByName,
  listReleaseCorrections,
  listReleases,
  resolveReleaseCut,
} from '../../db/releases';
import { ValidationError } from '../../lib/validation';
import { NEW_PLEDGE } from './api-support';

const by = { id: null, label: 'Rita Releases' };
let admin: { id: number };
let editor: { id: number };

beforeAll(async () => {
  await useTestDatabase();
  admin = await createUser({
    email: 'rel-admin@example.org',
    password: 'release admin 2024',
    role: 'admin',
    name: 'Ada Admin',
  });
  editor = await createUser({
    email: 'rel-editor@example.org',
    password: 'release editor 2024',
    role: 'editor',
    name: 'Eda Editor',
  });
});

async function refusal(run: () => Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ValidationError)) throw new Error(`not refused with field errors: ${String(error)}`);
  return error.fields;
}

describe('cutting a release', () => {
  test('an admin cuts one: it is listed, found by name, and its name resolves to its cut', async () => {
    const release = await cutRelease({ name: '2026-11', note: '  First public release ', actor: admin });
    expect(release).toMatchObject({
      name: '2026-11',
      note: 'First public release',
      createdByName: 'Ada Admin',
    });
    expect(release.cutAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((await listReleases()).map((r) => r.name)).toContain('2026-11');
    expect(await findReleaseByName('2026-11')).toEqual(release);
    expect(await resolveReleaseCut('2026-11')).toBe(release.cutAt);
    expect(await resolveReleaseCut('no-such-release')).toBeNull();
    expect(await resolveReleaseCut('not a name')).toBeNull();
  });

  test('an editor is refused and nothing is written', async () => {
    const errors = await refusal(() => cutRelease({ name: 'by-editor', actor: editor }));
    expect(errors._).toEqual(['only an active admin may cut a release']);
    expect(await findReleaseByName('by-editor')).toBeNull();
  });

  test('a disabled admin is refused', async () => {
    const gone = await createUser({
      email: 'rel-gone@example.org',
      password: 'release gone 2024',
      role: 'admin',
    });
    await disableUser(gone.id);
    expect((await refusal(() => cutRelease({ name: 'by-gone', actor: gone })))._).toHaveLength(1);
    expect(await findReleaseByName('by-gone')).toBeNull();
  });

  test('a taken name is refused beside Name, and the first release is unchanged', async () => {
    const first = await cutRelease({ name: 'taken', note: 'the first', actor: admin });
    const errors = await refusal(() => cutRelease({ name: ' taken ', note: 'the second', actor: admin }));
    expect(Object.keys(errors)).toEqual(['name']);
    expect(errors.name[0]).toBe('Name: a release named “taken” already exists; choose another name');
    expect(await findReleaseByName('taken')).toEqual(first);
  });

  test('a malformed name is refused beside Name before anything is read', async () => {
    expect((await refusal(() => cutRelease({ name: 'a/b', actor: { id: 999_999 } }))).name).toHaveLength(1);
  });

  test('the list is the latest cut first', async () => {
    await cutRelease({ name: 'order-1', actor: admin });
    await cutRelease({ name: 'order-2', actor: admin });
    const names = (await listReleases()).map((r) => r.name);
    expect(names.indexOf('order-2')).toBeLessThan(names.indexOf('order-1'));
  });
});

describe("a release's corrections list", () => {
  test('holds the creates, corrections and retractions since the previous cut, formatted', async () => {
    const kept = await createPledge({ ...NEW_PLEDGE, title: 'Kept generators' }, by);
    const gone = await createPledge({ ...NEW_PLEDGE, title: 'Withdrawn generators' }, by);
    await cutRelease({ name: 'before-corrections', actor: admin });
    await updatePledge({
      id: kept.id,
      patch: { title: 'Corrected generators' },
      expectedVersion: kept.version,
      actor: by,
      reason: 'typo',
    });
    await retractPledge({
      id: gone.id,
      input: { reason: 'never announced' },
      expectedVersion: gone.version,
      actor: by,
    });
    const fresh = await createPledge({ ...NEW_PLEDGE, title: 'New transformers' }, by);
    await cutRelease({ name: 'with-corrections', note: 'After the corrections', actor: admin });
    await createPledge({ ...NEW_PLEDGE, title: 'After the cut' }, by);

    const list = (await listReleaseCorrections('with-corrections'))!;
    expect(list.previous?.name).toBe('before-corrections');
    expect(list.changes.map((c) => [c.action, c.pledgeId])).toEqual([
      ['update', kept.id],
      ['retract', gone.id],
      ['create', fresh.id],
    ]);
    expect(list.counts).toEqual({ update: 1, retract: 1, create: 1 });
    expect(list.total).toBe(3);
    const correction = list.changes[0];
    expect(correction.reason).toBe('typo');
    expect(correction.lines).toContainEqual(
      expect.objectContaining({ label: 'Title', before: 'Kept generators', after: 'Corrected generators' }),
    );
    expect(list.changes[1].reason).toBe('never announced');
    expect(list.changes[2].lines).toEqual([]);

    const earlier = (await listReleaseCorrections('before-corrections'))!;
    const ids = earlier.changes.map((c) => c.pledgeId);
    expect(ids).toEqual(expect.arrayContaining([kept.id, gone.id]));
    expect(ids).not.toContain(fresh.id);
  });

  test('of no such release is null', async () => {
    expect(await listReleaseCorrections('missing-release')).toBeNull();
  });
});
