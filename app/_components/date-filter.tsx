'use client';
// A date filter that applies once the date is whole: typing "01012024" passes through 0002-01-01,
// 0020-01-01 … on its way, so the value is only kept while typing and the bar applies it on
// Enter (the form's submit), on leaving the field, or with Apply.
export const EARLIEST_YEAR = 1945;

/** A message naming the field when its year is before EARLIEST_YEAR, else null. */
export function dateProblem(label: string, value: string | null): string | null {
  return value && Number(value.slice(0, 4)) < EARLIEST_YEAR
    ? `${label}: years before ${EARLIEST_YEAR} are not accepted.`
    : null;
}

export function DateFilter({
  name,
  label,
  value,
  onType,
  onDone,
}: {
  name: string;
  label: string;
  value: string | null;
  onType: (value: string | null) => void;
  onDone: () => void;
}) {
  return (
    <label className="flex flex-col text-xs text-muted">
      {label}
      <input
        type="date"
        name={name}
        value={value ?? ''}
        onChange={(e) => onType(e.target.value || null)}
        onBlur={onDone}
        className="rounded border border-line bg-paper px-2 py-1 text-sm text-ink"
      />
    </label>
  );
}
