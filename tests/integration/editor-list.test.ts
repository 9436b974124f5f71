// The editor's pledge list on a real SQLite file: found by words in any script, by id, narrowed
// by stage, category and retraction, and sorted.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge } from '../../db/pledges/writes';
import { listEditorPledges } from '../../db/pledges/editor-list';
import { EDITOR_LIST_DEFAULTS, type EditorListParams } from '../../lib/editor-list-params';

const editor = { id: null, label: 'test editor' };
const source = {
  title: 'Statement',
  publisher: 'Ministry',
  url: 'https://example.org/list',
  quote: 'We pledge it.',
};
const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  category: 'military',
  stage: 'committed',
  amount: '1000000',
  currency: 'USD',
  announcedOn: '2024-01-07',
  sources: [source],
};
const ids: Record<string, number> = {};

const find = (p: Partial<EditorListParams>) => listEditorPledges({ ...EDITOR_LIST_DEFAULTS, ...p });
const titles = async (p: Partial<EditorListParams>) => (await find(p)).rows.map((r) => r.title);

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
  ids.drones = (
    await createPledge({ ...base, title: 'Drone detection system', amount: '37000000' }, editor)
  ).id;
  ids.tents = (
    await createPledge(
      {
        ...base,
        title: 'Tents 100% waterproof',
        category: 'humanitarian',
        stage: 'disbursed',
        amount: '5000',
      },
      editor,
    )
  ).id;
  ids.grain = (
    await createPledge(
      { ...base, title: 'Grain shipment', donor: 'Canada', stage: 'announced', amount: '250000' },
      editor,
    )
  ).id;
  ids.kyiv = (
    await createPledge({ ...base, title: 'Ремонт мосту', recipient: 'Київ', amount: '90000' }, editor)
  ).id;
  await retractPledge({
    id: ids.grain,
    input: { reason: 'entered twice' },
    expectedVersion: 1,
    actor: editor,
  });
});

describe('listEditorPledges', () => {
  test('finds by words of the title, case-insensitively', async () => {
    expect(await titles({ q: 'drone' })).toEqual(['Drone detection system']);
  });

  test('finds by the donor or recipient name, in any script', async () => {
    expect(await titles({ q: 'Canada' })).toEqual(['Grain shipment']);
    expect(await titles({ q: 'Київ' })).toEqual(['Ремонт мосту']);
  });

  test('finds by id, with or without #', async () => {
    expect((await find({ q: `#${ids.tents}` })).rows.map((r) => r.id)).toContain(ids.tents);
    expect((await find({ q: String(ids.drones) })).rows.map((r) => r.id)).toContain(ids.drones);
  });

  test('matches % and _ literally', async () => {
    expect(await titles({ q: '100%' })).toEqual(['Tents 100% waterproof']);
    expect(await titles({ q: '_' })).toEqual([]);
  });

  test('narrows by stage and category', async () => {
    expect(await titles({ stage: 'disbursed' })).toEqual(['Tents 100% waterproof']);
    expect(await titles({ category: 'humanitarian' })).toEqual(['Tents 100% waterproof']);
  });

  test('shows retracted pledges by default, hides them or shows only them on request', async () => {
    expect((await find({})).total).toBe(4);
    expect(await titles({ retracted: 'hide' })).not.toContain('Grain shipment');
    expect(await titles({ retracted: 'only' })).toEqual(['Grain shipment']);
  });

  test('sorts by amount either way', async () => {
    expect((await titles({ sort: 'amount', dir: 'desc' }))[0]).toBe('Drone detection system');
    expect((await titles({ sort: 'amount', dir: 'asc' }))[0]).toBe('Tents 100% waterproof');
  });

  test('sorts by id either way', async () => {
    const asc = (await find({ sort: 'id', dir: 'asc' })).rows.map((r) => r.id);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect((await find({ sort: 'id', dir: 'desc' })).rows.map((r) => r.id)).toEqual([...asc].reverse());
  });
});
