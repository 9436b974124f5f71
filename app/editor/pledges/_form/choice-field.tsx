'use client';
// One labelled, controlled select of the pledge form (pledge-form.tsx): a "Choose…" option shows only
// while the value is none of the options, so a refused save keeps what the person chose.
import { Field, fieldProps } from '../../_lib/field';
import type { FieldErrors } from '@/lib/validation';

export function ChoiceField({
  name,
  label,
  options,
  labels,
  value,
  errors,
  onChange,
}: {
  name: string;
  label: string;
  options: readonly string[];
  labels?: Record<string, string>;
  value: string;
  errors?: FieldErrors;
  onChange: (value: string) => void;
}) {
  return (
    <Field name={name} label={label} errors={errors}>
      <select {...fieldProps(name, errors)} value={value} onChange={(e) => onChange(e.target.value)}>
        {!options.includes(value) && <option value="">Choose…</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </Field>
  );
}
