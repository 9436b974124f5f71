// The editor's pledge list on a real SQLite file: found by words in any script, by id, narrowed
// by stage, category and retraction, and sorted.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTempDatabase } from '../support/temp-db';
import { writeTransaction } from '../../db/sqlite/client';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge } from '../../db/pledges/writes';
import { listEditorPledges } from '../../db/pledges/editor-list';
import { EDITOR_LIST_DEFAULTS, type EditorListParams } from '../../lib/editor-list-params';

const editor = { id: null, label: 'test editor' };
const source = { title: 'Statement', publisher: 'Ministry', url: 'https://example.org/list', quote: 'We pledge it.' };
const base = { donor: 'Japan', recipient: 'Ukraine', category: 'military', stage: 'committed', amount: '1000000', currency: 'USD', announcedOn: '2024-01-07', sources: [source] };
const ids: Record<string, number> = {};

const find = (p: Partial<EditorListParams>) => listEditorPledges({ ...EDITOR_LIST_DEFAULTS, ...p });
const titles = (p: Partial<EditorListParams>) => find(p).rows.map((r) => r.title);

beforeAll(() => {
  useTempDatabase();
  writeTransaction((tx) => seedFxRates(tx));
  ids.drones = createPledge({ ...base, title: 'Drone detection system', amount: '37000000' }, editor).id;
  ids.tents = createPledge({ ...base, title: 'Tents 100% waterproof', category: 'humanitarian', stage: 'disbursed', amount: '5000' }, editor).id;
  ids.grain = createPledge({ ...base, title: 'Grain shipment', donor: 'Canada', stage: 'announced', amount: '250000' }, editor).id;
  ids.kyiv = createPledge({ ...base, title: 'Ремонт мосту', recipient: 'Київ', amount: '90000' }, editor).id;
  retractPledge({ id: ids.grain, input: { reason: 'entered twice' }, expectedVersion: 1, actor: editor });
});

describe('listEditorPledges', () => {
  test('finds by words of the title, case-insensitively', () => {
    expect(titles({ q: 'drone' })).toEqual(['Drone detection system']);
  });

  test('finds by the donor or recipient name, in any script', () => {
    expect(titles({ q: 'Canada' })).toEqual(['Grain shipment']);
    expect(titles({ q: 'Київ' })).toEqual(['Ремонт мосту']);
  });

  test('finds by id, with or without #', () => {
    expect(find({ q: `#${ids.tents}` }).rows.map((r) => r.id)).toContain(ids.tents);
    expect(find({ q: String(ids.drones) }).rows.map((r) => r.id)).toContain(ids.drones);
  });

  test('matches % and _ literally', () => {
    expect(titles({ q: '100%' })).toEqual(['Tents 100% waterproof']);
    expect(titles({ q: '_' })).toEqual([]);
  });

  test('narrows by stage and category', () => {
    expect(titles({ stage: 'disbursed' })).toEqual(['Tents 100% waterproof']);
    expect(titles({ category: 'humanitarian' })).toEqual(['Tents 100% waterproof']);
  });

  test('shows retracted pledges by default, hides them or shows only them on request', () => {
    expect(find({}).total).toBe(4);
    expect(titles({ retracted: 'hide' })).not.toContain('Grain shipment');
    expect(titles({ retracted: 'only' })).toEqual(['Grain shipment']);
  });

  test('sorts by amount either way', () => {
    expect(titles({ sort: 'amount', dir: 'desc' })[0]).toBe('Drone detection system');
    expect(titles({ sort: 'amount', dir: 'asc' })[0]).toBe('Tents 100% waterproof');
  });

  test('sorts by id either way', () => {
    const asc = find({ sort: 'id', dir: 'asc' }).rows.map((r) => r.id);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(find({ sort: 'id', dir: 'desc' }).rows.map((r) => r.id)).toEqual([...asc].reverse());
  });
});
