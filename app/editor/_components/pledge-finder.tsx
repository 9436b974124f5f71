// The search and filter bar of the editor's pledge list: a plain GET form, so every choice is in
// the URL (shareable, back-button safe) and nothing is reset by a client-side action.
import Link from 'next/link';
import { CATEGORIES, CATEGORY_LABELS, STAGES, STAGE_LABELS } from '@/lib/domain';
import type { EditorListParams } from '@/lib/editor-list-params';

const RETRACTED_LABELS = { include: 'Shown', hide: 'Hidden', only: 'Only retracted' } as const;
const control = 'mt-1 w-full rounded border border-line px-2 py-1';

function Choice({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={control}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PledgeFinder({ list }: { list: EditorListParams }) {
  return (
    <form
      method="get"
      action="/editor"
      role="search"
      aria-label="Find a pledge"
      className="grid gap-3 rounded border border-line bg-paper p-3 sm:grid-cols-5"
    >
      <div className="sm:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">
          Find (title, donor, recipient or #id)
        </label>
        <input id="q" name="q" type="search" defaultValue={list.q} className={control} />
      </div>
      <Choice
        name="stage"
        label="Stage"
        value={list.stage ?? ''}
        options={[['', 'Any stage'], ...STAGES.map((v) => [v, STAGE_LABELS[v]] as const)]}
      />
      <Choice
        name="category"
        label="Category"
        value={list.category ?? ''}
        options={[['', 'Any category'], ...CATEGORIES.map((v) => [v, CATEGORY_LABELS[v]] as const)]}
      />
      <Choice
        name="retracted"
        label="Retracted pledges"
        value={list.retracted}
        options={Object.entries(RETRACTED_LABELS)}
      />
      {list.sort !== 'updated' && <input type="hidden" name="sort" value={list.sort} />}
      <div className="flex items-end gap-3 sm:col-span-5">
        <button type="submit" className="rounded bg-accent px-3 py-1 font-semibold text-white">
          Find
        </button>
        <Link href="/editor">Clear</Link>
      </div>
    </form>
  );
}
