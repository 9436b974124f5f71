'use client';
// The filters as form controls whose state lives in the URL (the parameters of lib/filters.ts): each
// change pushes a new address, so every view is a shareable link and Back undoes it. Without
// JavaScript the same form submits as a plain GET.
import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import type { PledgeFilters } from '@/lib/filters';
import { filtersToSearchParams } from '@/lib/filters';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  INSTRUMENTS,
  INSTRUMENT_LABELS,
  STAGES,
  STAGE_LABELS,
} from '@/lib/domain';
import { FilterChoices, type Choice } from './filter-choices';
import { DateFilter, dateProblem } from './date-filter';
import { GroupFilter, type GroupChoice } from './group-filter';

type Party = { slug: string; name: string };
export type FilterOptions = {
  donors: Party[];
  recipients: Party[];
  currencies: string[];
  groups: GroupChoice[];
};
type ListKey = 'donor' | 'recipient' | 'category' | 'stage' | 'instrument';

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** The bar itself (filter-bar.tsx hands it the peer groups, whose member lists stay on the server). */
export function FilterBarForm({
  path,
  filters,
  options,
  scope,
  keep,
}: {
  path: string;
  filters: PledgeFilters;
  options: FilterOptions;
  /** On a party's page its own role is fixed by the address, so that control is left out. */
  scope: 'donor' | 'recipient' | null;
  /** Table parameters (sort, dir) that survive a filter change; the page number does not. */
  keep: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState(filters);
  // Back/forward re-render with other filters: take them over instead of keeping stale input.
  const incoming = JSON.stringify(filters);
  const [seen, setSeen] = useState(incoming);
  if (seen !== incoming) {
    setSeen(incoming);
    setState(filters);
  }

  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useOnePanelClosing(form);

  const hrefFor = (f: PledgeFilters) => {
    const query = filtersToSearchParams(f);
    if (scope) query.delete(scope);
    for (const [k, v] of new URLSearchParams(keep)) query.set(k, v);
    const qs = query.toString();
    return qs ? `${path}?${qs}` : path;
  };
  function apply(next: PledgeFilters) {
    setState(next);
    const refused = dateProblem('From', next.from) ?? dateProblem('To', next.to);
    setProblem(refused);
    // A refused date, or leaving a field with nothing changed, makes no history entry.
    if (refused || hrefFor(next) === hrefFor(filters)) return;
    startTransition(() => router.push(hrefFor(next), { scroll: false }));
  }
  const toggle = (key: ListKey) => (value: string, on: boolean) =>
    apply({ ...state, [key]: on ? [...state[key], value] : state[key].filter((v) => v !== value) });
  const parties = (list: Party[]) => list.map((p) => ({ value: p.slug, label: p.name }));

  return (
    <form
      ref={form}
      method="get"
      action={path}
      aria-label="Filters"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        apply(state);
      }}
      className="relative flex flex-wrap items-end gap-2 rounded border border-line bg-wash p-3"
    >
      {/* Submitted without JavaScript too, so a plain GET keeps the table's order as a push does. */}
      {[...new URLSearchParams(keep)].map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {scope !== 'donor' && (
        <FilterChoices
          name="donor"
          label="Donor"
          choices={parties(options.donors)}
          selected={state.donor}
          onToggle={toggle('donor')}
        />
      )}
      {scope !== 'recipient' && (
        <FilterChoices
          name="recipient"
          label="Recipient"
          choices={parties(options.recipients)}
          selected={state.recipient}
          onToggle={toggle('recipient')}
        />
      )}
      <FilterChoices
        name="category"
        label="Category"
        choices={labelled(CATEGORIES, CATEGORY_LABELS)}
        selected={state.category}
        onToggle={toggle('category')}
      />
      <FilterChoices
        name="stage"
        label="Stage"
        choices={labelled(STAGES, STAGE_LABELS)}
        selected={state.stage}
        onToggle={toggle('stage')}
      />
      <FilterChoices
        name="instrument"
        label="Instrument"
        choices={labelled(INSTRUMENTS, INSTRUMENT_LABELS)}
        selected={state.instrument}
        onToggle={toggle('instrument')}
      />
      <DateFilter
        name="from"
        label="From"
        value={state.from}
        onType={(from) => setState({ ...state, from })}
        onDone={() => apply(state)}
      />
      <DateFilter
        name="to"
        label="To"
        value={state.to}
        onType={(to) => setState({ ...state, to })}
        onDone={() => apply(state)}
      />
      <GroupFilter
        groups={options.groups}
        value={state.group}
        onChoose={(group) => apply({ ...state, group })}
      />
      <label className="flex flex-col text-xs text-muted">
        Currency
        <select
          name="currency"
          value={state.currency}
          onChange={(e) => apply({ ...state, currency: e.target.value })}
          className="rounded border border-line bg-paper px-2 py-1 text-sm text-ink"
        >
          {options.currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm text-white">
        Apply
      </button>
      <Link href={path} className="px-1 py-1.5 text-sm">
        Clear filters
      </Link>
      <span aria-live="polite" className="text-xs text-muted">
        {pending ? 'Updating…' : ''}
      </span>
      {problem && (
        <p role="alert" data-testid="date-problem" className="w-full text-sm text-red-700">
          {problem}
        </p>
      )}
    </form>
  );
}

/**
 * Escape, or a click outside the open panel, closes it (the browser already keeps one open). A
 * click, not a pointerdown: on a phone the open panel pushes the filters after it down, so closing
 * it as the finger lands would move the button being pressed from under the finger.
 */
function useOnePanelClosing(form: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const openPanel = () => form.current?.querySelector<HTMLDetailsElement>('details[open]') ?? null;
    const onKey = (e: KeyboardEvent) => {
      const panel = openPanel();
      if (e.key !== 'Escape' || !panel) return;
      panel.open = false;
      panel.querySelector('summary')?.focus();
    };
    const onPress = (e: MouseEvent) => {
      const panel = openPanel();
      if (panel && !panel.contains(e.target as Node)) panel.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onPress);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onPress);
    };
  }, [form]);
}
