'use client';
// One repeatable filter (donor, category …) as a disclosure of checkboxes: keyboard reachable,
// fits a 360 px screen, and each ticked box is one `name=value` in the query.
export type Choice = { value: string; label: string };

export function FilterChoices({ name, label, choices, selected, onToggle }: {
  name: string; label: string; choices: Choice[]; selected: string[]; onToggle: (value: string, on: boolean) => void;
}) {
  return (
    <details className="relative" data-filter={name}>
      <summary className="cursor-pointer rounded border border-line bg-paper px-3 py-1.5 text-sm">
        {label}{selected.length ? ` (${selected.length})` : ': all'}
      </summary>
      <fieldset className="absolute z-20 mt-1 max-h-72 w-64 max-w-[80vw] overflow-auto rounded border border-line bg-paper p-2 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {choices.length === 0 && <p className="text-sm text-muted">Nothing to choose yet.</p>}
        {choices.map((c) => (
          <label key={c.value} className="flex items-center gap-2 py-0.5 text-sm">
            <input type="checkbox" name={name} value={c.value} checked={selected.includes(c.value)}
              onChange={(e) => onToggle(c.value, e.target.checked)} />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
