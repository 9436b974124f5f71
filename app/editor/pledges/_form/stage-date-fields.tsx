'use client';
// The date each later stage was reached and the pledge's period, written as the announcement date
// is (YYYY-MM-DD, or YYYY-MM / YYYY at month or year precision; lib/stage-dates.ts checks them).
import { Field, fieldProps } from '../../_lib/field';
import { DATE_FIELDS, type DateField } from '@/lib/stage-dates';
import { PLEDGE_LABELS as L } from '@/lib/pledge-labels';
import type { FieldErrors } from '@/lib/validation';

const HINTS: Partial<Record<DateField, string>> = {
  committedOn: 'Only once the pledge has reached the stage; empty when the source gives no date.',
  periodStart: 'For a pledge over several years: the first year or month.',
};

export function StageDateFields({
  values,
  errors,
  onChange,
}: {
  values: Record<DateField, string>;
  errors?: FieldErrors;
  onChange: (field: DateField, value: string) => void;
}) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="text-sm font-medium">Dates the stages were reached (optional)</legend>
      {DATE_FIELDS.map((key) => (
        <Field key={key} name={key} label={`${L[key]} (optional)`} errors={errors} hint={HINTS[key]}>
          <input
            {...fieldProps(key, errors)}
            value={values[key]}
            onChange={(e) => onChange(key, e.target.value)}
          />
        </Field>
      ))}
    </fieldset>
  );
}
