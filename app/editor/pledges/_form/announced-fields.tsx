'use client';
// When the pledge was announced and how precisely the source dates it, for the pledge form
// (pledge-form.tsx); the date box is closed while the precision is unknown.
import { Field, fieldProps } from '../../_lib/field';
import { ChoiceField } from './choice-field';
import { DATE_PRECISIONS } from '@/lib/domain';
import { PLEDGE_LABELS as L } from '@/lib/pledge-labels';
import type { FieldErrors } from '@/lib/validation';

export function AnnouncedFields({
  announcedOn,
  datePrecision,
  errors,
  onDateChange,
  onPrecisionChange,
}: {
  announcedOn: string;
  datePrecision: string;
  errors?: FieldErrors;
  onDateChange: (text: string) => void;
  onPrecisionChange: (precision: string) => void;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        name="announcedOn"
        label={L.announcedOn}
        errors={errors}
        hint="YYYY-MM-DD, or YYYY-MM / YYYY at month or year precision."
      >
        <input
          {...fieldProps('announcedOn', errors)}
          value={announcedOn}
          onChange={(e) => onDateChange(e.target.value)}
          disabled={datePrecision === 'unknown'}
        />
      </Field>
      <ChoiceField
        name="datePrecision"
        label={L.datePrecision}
        options={DATE_PRECISIONS}
        value={datePrecision}
        errors={errors}
        onChange={onPrecisionChange}
      />
    </div>
  );
}
