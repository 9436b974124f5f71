import { describe, test, expect } from 'vitest';
import { EDITOR_LIST_DEFAULTS, editorListHref, parseEditorListParams } from '../../lib/editor-list-params';

describe('parseEditorListParams', () => {
  test('reads every parameter', () => {
    const { list, problems } = parseEditorListParams({
      q: ' drones ',
      stage: 'allocated',
      category: 'military',
      retracted: 'only',
      sort: 'amount',
      dir: 'asc',
      page: '3',
    });
    expect(problems).toEqual([]);
    expect(list).toEqual({
      q: 'drones',
      stage: 'allocated',
      category: 'military',
      retracted: 'only',
      sort: 'amount',
      dir: 'asc',
      page: 3,
    });
  });

  test('drops and names a bad value instead of failing', () => {
    const { list, problems } = parseEditorListParams({ stage: 'paid', sort: 'colour', page: '-2' });
    expect(list).toEqual(EDITOR_LIST_DEFAULTS);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('sort "colour"');
  });

  test('sorts names A→Z and amounts largest first unless told', () => {
    expect(parseEditorListParams({ sort: 'title' }).list.dir).toBe('asc');
    expect(parseEditorListParams({ sort: 'amount' }).list.dir).toBe('desc');
  });
});

describe('editorListHref', () => {
  test('leaves defaults out of the URL', () => {
    expect(editorListHref(EDITOR_LIST_DEFAULTS, {})).toBe('/editor');
  });

  test('keeps the search and filters when the sort changes', () => {
    const href = editorListHref(
      { ...EDITOR_LIST_DEFAULTS, q: 'Київ', stage: 'committed' },
      { sort: 'title', dir: 'asc' },
    );
    expect(new URL(href, 'http://x').searchParams.toString()).toBe(
      new URLSearchParams({ q: 'Київ', stage: 'committed', sort: 'title' }).toString(),
    );
  });
});
