'use client';
// The filter bar's repeatable filters (filter-bar-form.tsx): donor and recipient (unless the page is
// that party's own), category, stage and instrument, each a panel of checkboxes (filter-choices.tsx).
import type { PledgeFilters } from '@/lib/filters';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  INSTRUMENTS,
  INSTRUMENT_LABELS,
  STAGES,
  STAGE_LABELS,
} from '@/lib/domain';
import { FilterChoices, type Choice } from './filter-choices';

export type Party = { slug: string; name: string };
export type ListKey = 'donor' | 'recipient' | 'category' | 'stage' | 'instrument';

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));
const parties = (list: Party[]) => list.map((p) => ({ value: p.slug, label: p.name }));

export function ListFilters({
  scope,
  donors,
  recipients,
  state,
  toggle,
}: {
  scope: 'donor' | 'recipient' | null;
  donors: Party[];
  recipients: Party[];
  state: PledgeFilters;
  /** The handler for one list's checkboxes. */
  toggle: (key: ListKey) => (value: string, on: boolean) => void;
}) {
  return (
    <>
      {scope !== 'donor' && (
        <FilterChoices
          name="donor"
          label="Donor"
          choices={parties(donors)}
          selected={state.donor}
          onToggle={toggle('donor')}
        />
      )}
      {scope !== 'recipient' && (
        <FilterChoices
          name="recipient"
          label="Recipient"
          choices={parties(recipients)}
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
    </>
  );
}
