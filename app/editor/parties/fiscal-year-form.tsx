'use client';
// One donor's fiscal-year start month: a select and a save button, the message beside it. Works
// without JavaScript (the form posts the action).
import { useState } from 'react';
import { FISCAL_YEAR_LABEL, MONTH_NAMES_LONG } from '@/lib/fiscal-year-schema';
import { FormMessage } from '../_lib/field';
import { useFormAction } from '../_lib/use-form-action';
import type { ActionState } from '../_lib/action-state';
import { setFiscalYearAction } from './actions';

export function FiscalYearForm({ slug, name, month }: { slug: string; name: string; month: number | null }) {
  const { state, pending, formProps } = useFormAction<ActionState>(setFiscalYearAction, {});
  const [chosen, setChosen] = useState(month == null ? '' : String(month));
  const id = `fiscal-year-${slug}`;
  const errors = state.errors?.fiscalYearStartMonth ?? state.errors?.party;
  return (
    <form
      {...formProps}
      className="flex flex-wrap items-center gap-2"
      data-testid={`fiscal-year-form-${slug}`}
    >
      <input type="hidden" name="party" value={slug} />
      <label htmlFor={id} className="sr-only">
        {`${FISCAL_YEAR_LABEL} (${name})`}
      </label>
      <select
        id={id}
        name="fiscalYearStartMonth"
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className="rounded border border-line px-2 py-1"
      >
        <option value="">Calendar year (January)</option>
        {MONTH_NAMES_LONG.map((m, i) => (
          <option key={m} value={String(i + 1)}>
            {m}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-1">
        Save
      </button>
      {errors && (
        <p id={`${id}-error`} className="text-sm text-red-700" data-field-error="fiscalYearStartMonth">
          {errors.join('; ')}
        </p>
      )}
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
