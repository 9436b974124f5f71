'use client';
// What kind of pledge it is, for the pledge form (pledge-form.tsx): category, instrument, stage,
// itemised or reported total, whether the figure is a lower bound, and the commitment it draws on.
import { Field, fieldProps } from '../../_lib/field';
import { ChoiceField } from './choice-field';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  INSTRUMENTS,
  INSTRUMENT_LABELS,
  STAGES,
  STAGE_LABELS,
} from '@/lib/domain';
import { PLEDGE_LABELS as L } from '@/lib/pledge-labels';
import type { PledgeFormValues } from '@/lib/pledge-form';
import type { FieldErrors } from '@/lib/validation';

type KindKey = 'category' | 'instrument' | 'stage' | 'kind' | 'parentId';
const KINDS = { item: 'Itemised pledge', reported_total: 'Reported total (headline claim)' };

export function KindFields({
  values,
  parents,
  errors,
  onChange,
  onLowerBoundChange,
}: {
  values: PledgeFormValues;
  /** The donor's commitments this pledge can be drawn against. */
  parents: { id: number; label: string }[];
  errors?: FieldErrors;
  onChange: (key: KindKey, value: string) => void;
  onLowerBoundChange: (checked: boolean) => void;
}) {
  const choice = (key: KindKey, options: readonly string[], labels?: Record<string, string>) => (
    <ChoiceField
      name={key}
      label={L[key]}
      options={options}
      labels={labels}
      value={values[key]}
      errors={errors}
      onChange={(v) => onChange(key, v)}
    />
  );
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-4">
        {choice('category', CATEGORIES, CATEGORY_LABELS)}
        {choice('instrument', INSTRUMENTS, INSTRUMENT_LABELS)}
        {choice('stage', STAGES, STAGE_LABELS)}
        {choice('kind', Object.keys(KINDS), KINDS)}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          id="isLowerBound"
          name="isLowerBound"
          checked={values.isLowerBound}
          onChange={(e) => onLowerBoundChange(e.target.checked)}
        />
        The source says “more than” this amount (a lower bound)
      </label>
      <Field
        name="parentId"
        label={`${L.parentId} (optional)`}
        errors={errors}
        hint="For a tranche: the donor's commitment it is drawn against."
      >
        <select
          {...fieldProps('parentId', errors)}
          value={values.parentId}
          onChange={(e) => onChange('parentId', e.target.value)}
        >
          <option value="">None — a top-level pledge</option>
          {values.parentId && !parents.some((p) => String(p.id) === values.parentId) && (
            <option value={values.parentId}>Pledge #{values.parentId}</option>
          )}
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
