// The editor's pledge list parameters: words or an id to find, stage, category, whether retracted
// pledges show, and the sort. Like parseFilters, parsing never throws: a bad value is dropped and
// named in `problems`, so the list still renders.
import { CATEGORIES, STAGES, type Category, type Stage } from './domain';

export const EDITOR_SORTS = ['updated', 'id', 'date', 'title', 'donor', 'stage', 'amount'] as const;
export type EditorSort = (typeof EDITOR_SORTS)[number];
export const RETRACTED_CHOICES = ['include', 'hide', 'only'] as const;
export type RetractedChoice = (typeof RETRACTED_CHOICES)[number];

export type EditorListParams = {
  q: string;
  stage: Stage | null;
  category: Category | null;
  retracted: RetractedChoice;
  sort: EditorSort;
  dir: 'asc' | 'desc';
  page: number;
};

export const EDITOR_LIST_DEFAULTS: EditorListParams = {
  q: '',
  stage: null,
  category: null,
  retracted: 'include',
  sort: 'updated',
  dir: 'desc',
  page: 1,
};

/** Names, titles and words sort A→Z first; times, ids and amounts newest/largest first. */
export function editorDefaultDir(sort: EditorSort): 'asc' | 'desc' {
  return sort === 'title' || sort === 'donor' || sort === 'stage' ? 'asc' : 'desc';
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

function pick<T extends string>(
  params: Params,
  key: string,
  allowed: readonly T[],
  problems: string[],
): T | null {
  const asked = first(params[key]);
  if (!asked) return null;
  if ((allowed as readonly string[]).includes(asked)) return asked as T;
  problems.push(`${key} "${asked.slice(0, 40)}" is not one of ${allowed.join(', ')}; ignored`);
  return null;
}

export function parseEditorListParams(params: Params): { list: EditorListParams; problems: string[] } {
  const problems: string[] = [];
  const sort = pick(params, 'sort', EDITOR_SORTS, problems) ?? 'updated';
  const dir = pick(params, 'dir', ['asc', 'desc'] as const, problems) ?? editorDefaultDir(sort);
  const askedPage = first(params.page);
  let page = 1;
  if (askedPage) {
    if (/^\d{1,9}$/.test(askedPage) && Number(askedPage) >= 1) page = Number(askedPage);
    else problems.push(`page "${askedPage.slice(0, 40)}" is not a page number (1, 2, …); showing page 1`);
  }
  return {
    list: {
      q: first(params.q).slice(0, 200),
      stage: pick(params, 'stage', STAGES, problems),
      category: pick(params, 'category', CATEGORIES, problems),
      retracted: pick(params, 'retracted', RETRACTED_CHOICES, problems) ?? 'include',
      sort,
      dir,
      page,
    },
    problems,
  };
}

/** The list's URL with `change` applied; parameters equal to their defaults are left out. */
export function editorListHref(current: EditorListParams, change: Partial<EditorListParams>): string {
  const next = { ...current, ...change };
  const out = new URLSearchParams();
  if (next.q) out.set('q', next.q);
  if (next.stage) out.set('stage', next.stage);
  if (next.category) out.set('category', next.category);
  if (next.retracted !== 'include') out.set('retracted', next.retracted);
  if (next.sort !== 'updated') out.set('sort', next.sort);
  if (next.dir !== editorDefaultDir(next.sort)) out.set('dir', next.dir);
  if (next.page > 1) out.set('page', String(next.page));
  const qs = out.toString();
  return qs ? `/editor?${qs}` : '/editor';
}
