'use client';
// One repeatable filter (donor, category …) as a disclosure of checkboxes: keyboard reachable,
// fits a 360 px screen, and each ticked box is one `name=value` in the query. All panels share one
// `<details name>` group, so the browser keeps one open at a time; a long list gets a search box.
// An open panel never lies over another filter: on a phone it takes its own line in the bar and
// pushes the filters after it down; wider, it hangs below the whole bar (the form is its
// containing block, and an absolute box with no `left` keeps the place it would have in flow).
import { useState } from 'react';

export type Choice = { value: string; label: string };

/** Lists longer than this get a type-to-filter box. */
const SEARCHABLE_OVER = 10;
const matches = (label: string, query: string) =>
  label.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase());

export function FilterChoices({
  name,
  label,
  choices,
  selected,
  onToggle,
}: {
  name: string;
  label: string;
  choices: Choice[];
  selected: string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  const [query, setQuery] = useState('');
  return (
    <details name="filter-panel" className="max-sm:open:basis-full" data-filter={name}>
      <summary className="cursor-pointer rounded border border-line bg-paper px-3 py-1.5 text-sm">
        {label}
        {selected.length ? ` (${selected.length})` : ': all'}
      </summary>
      <fieldset className="z-20 mt-1 max-h-72 w-full overflow-auto sm:absolute sm:top-full sm:w-64 sm:max-w-[80vw] rounded border border-line bg-paper p-2 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {choices.length > SEARCHABLE_OVER && (
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label={`Find a ${label.toLowerCase()}`}
            placeholder={`Find a ${label.toLowerCase()}…`}
            className="mb-1 w-full rounded border border-line px-2 py-1 text-sm"
          />
        )}
        {choices.length === 0 && <p className="text-sm text-muted">Nothing to choose yet.</p>}
        {choices.map((c) => (
          // Hidden, not removed: a ticked box that does not match still belongs to the query.
          <label
            key={c.value}
            className={`${matches(c.label, query) ? 'flex' : 'hidden'} items-center gap-2 py-0.5 text-sm`}
          >
            <input
              type="checkbox"
              name={name}
              value={c.value}
              checked={selected.includes(c.value)}
              onChange={(e) => onToggle(c.value, e.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
