'use client';
// The filters as form controls whose state lives in the URL (the parameters of lib/filters.ts): each
// change pushes a new address, so every view is a shareable link and Back undoes it. Without
// JavaScript the same form submits as a plain GET.
import { useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import type { PledgeFilters } from '@/lib/filters';
import { filtersToSearchParams } from '@/lib/filters';
import { DateFilter, dateProblem } from './date-filter';
import { GroupFilter, type GroupChoice } from './group-filter';
import { ListFilters, type ListKey, type Party } from './list-filters';
import { CurrencyFilter } from './currency-filter';
import { useOnePanelClosing } from './use-one-panel-closing';

export type FilterOptions = {
  donors: Party[];
  recipients: Party[];
  currencies: string[];
  groups: GroupChoice[];
};

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
      <ListFilters
        scope={scope}
        donors={options.donors}
        recipients={options.recipients}
        state={state}
        toggle={toggle}
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
      <CurrencyFilter
        currencies={options.currencies}
        value={state.currency}
        onChoose={(currency) => apply({ ...state, currency })}
      />
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
