// The search and filter bar of the editor's pledge list: a plain GET form, so every choice is in
// the URL (shareable, back-button safe) and nothing is reset by a client-side action.
import Link from 'next/link';
import { CATEGORIES, CATEGORY_LABELS, STAGES, STAGE_LABELS } from '@/lib/domain';
import type { EditorListParams } from '@/lib/editor-list-params';

const RETRACTED_LABELS = { include: 'Shown', hide: 'Hidden', only: 'Only retracted' } as const;
const control = 'mt-1 w-full rounded border border-line px-2 py-1';

export function PledgeFinder({ list }: { list: EditorListParams }) {
  return (
    <form method="get" action="/editor" role="search" aria-label="Find a pledge" className="grid gap-3 rounded border border-line bg-paper p-3 sm:grid-cols-5">
      <div className="sm:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">Find (title, donor, recipient or #id)</label>
        <input id="q" name="q" type="search" defaultValue={list.q} className={control} />
      </div>
      <div>
        <label htmlFor="stage" className="block text-sm font-medium">Stage</label>
        <select id="stage" name="stage" defaultValue={list.stage ?? ''} className={control}>
          <option value="">Any stage</option>
          {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="category" className="block text-sm font-medium">Category</label>
        <select id="category" name="category" defaultValue={list.category ?? ''} className={control}>
          <option value="">Any category</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="retracted" className="block text-sm font-medium">Retracted pledges</label>
        <select id="retracted" name="retracted" defaultValue={list.retracted} className={control}>
          {Object.entries(RETRACTED_LABELS).map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
      </div>
      {list.sort !== 'updated' && <input type="hidden" name="sort" value={list.sort} />}
      <div className="flex items-end gap-3 sm:col-span-5">
        <button type="submit" className="rounded bg-accent px-3 py-1 font-semibold text-white">Find</button>
        <Link href="/editor">Clear</Link>
      </div>
    </form>
  );
}
