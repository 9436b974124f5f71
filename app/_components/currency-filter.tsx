'use client';
// The reporting currency of the filter bar (filter-bar-form.tsx, `currency=` of lib/filters.ts): one
// select over the currencies we hold rates for.
export function CurrencyFilter({
  currencies,
  value,
  onChoose,
}: {
  currencies: string[];
  value: string;
  onChoose: (currency: string) => void;
}) {
  return (
    <label className="flex flex-col text-xs text-muted">
      Currency
      <select
        name="currency"
        value={value}
        onChange={(e) => onChoose(e.target.value)}
        className="rounded border border-line bg-paper px-2 py-1 text-sm text-ink"
      >
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
