// The change feed's filters as a plain GET form: the pledge's donor, recipient and category, and
// the days the changes were made. Works without JavaScript; the address is the one to share.
import { CATEGORIES, CATEGORY_LABELS } from '@/lib/domain';
import type { ChangeFilters } from '@/lib/changes-params';

type Option = { slug: string; name: string };

function PartySelect({
  name,
  label,
  options,
  chosen,
}: {
  name: string;
  label: string;
  options: Option[];
  chosen: string[];
}) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select
        name={name}
        defaultValue={chosen[0] ?? ''}
        className="mt-1 rounded border border-line px-2 py-1"
      >
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ChangeFiltersForm({
  filters,
  donors,
  recipients,
}: {
  filters: ChangeFilters;
  donors: Option[];
  recipients: Option[];
}) {
  return (
    <form
      action="/changes"
      method="get"
      aria-label="Filter changes"
      className="flex flex-wrap items-end gap-3"
    >
      <PartySelect name="donor" label="Donor" options={donors} chosen={filters.donor} />
      <PartySelect name="recipient" label="Recipient" options={recipients} chosen={filters.recipient} />
      <label className="flex flex-col text-sm">
        Category
        <select
          name="category"
          defaultValue={filters.category[0] ?? ''}
          className="mt-1 rounded border border-line px-2 py-1"
        >
          <option value="">Any</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        Changed since
        <input
          type="date"
          name="since"
          defaultValue={filters.since ?? ''}
          className="mt-1 rounded border border-line px-2 py-1"
        />
      </label>
      <label className="flex flex-col text-sm">
        Changed until
        <input
          type="date"
          name="until"
          defaultValue={filters.until ?? ''}
          className="mt-1 rounded border border-line px-2 py-1"
        />
      </label>
      <button type="submit" className="rounded border border-line bg-paper px-3 py-1">
        Show changes
      </button>
    </form>
  );
}
