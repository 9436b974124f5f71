'use client';
// "Record progress": the pledge moves on to a later stage (or is cancelled) on a date, with the
// source and its sentence that says so. Controlled inputs through useFormAction, so a refused
// step keeps what was typed, the chosen stage included.
import { useState } from 'react';
import { useFormAction } from '../../_lib/use-form-action';
import { recordProgressAction } from '../progress-actions';
import { Field, FormMessage, fieldProps } from '../../_lib/field';
import { ErrorSummary } from '../../_lib/error-summary';
import type { ActionState } from '../../_lib/action-state';
import { STAGE_LABELS, type ReachedStage } from '@/lib/domain';
import { PROGRESS_LABELS as P, progressDateLabel, progressFieldName as n } from '@/lib/progress-schema';

type Props = { id: number; version: number; stages: ReachedStage[] };
type Key = 'date' | 'url' | 'publisher' | 'title' | 'quote';

export function ProgressForm({ id, version, stages }: Props) {
  const { state, pending, formProps } = useFormAction<ActionState>(recordProgressAction, {});
  const [stage, setStage] = useState<ReachedStage>(stages[0]);
  const [values, setValues] = useState<Record<Key, string>>({
    date: '',
    url: '',
    publisher: '',
    title: '',
    quote: '',
  });
  const input = (key: Key) => ({
    ...fieldProps(n(key), state.errors),
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });
  return (
    <form
      {...formProps}
      className="space-y-3 rounded border border-line p-3"
      noValidate
      data-testid="progress-form"
    >
      <h2 className="font-semibold">Record progress</h2>
      <p className="text-sm text-muted">
        The stage it reached, the day the source says so, and the sentence that says it. The history shows the
        step.
      </p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {state.errors ? <ErrorSummary errors={state.errors} /> : <FormMessage message={state.message} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name={n('stage')} label={P.stage} errors={state.errors}>
          <select
            {...fieldProps(n('stage'), state.errors)}
            value={stage}
            onChange={(e) => setStage(e.target.value as ReachedStage)}
          >
            {stages.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          name={n('date')}
          label={progressDateLabel(stage)}
          errors={state.errors}
          hint="YYYY-MM-DD, YYYY-MM or YYYY; empty when the source gives no date."
        >
          <input {...input('date')} />
        </Field>
        <Field name={n('url')} label={P.url} errors={state.errors}>
          <input {...input('url')} type="url" />
        </Field>
        <Field name={n('publisher')} label={P.publisher} errors={state.errors}>
          <input {...input('publisher')} />
        </Field>
      </div>
      <Field name={n('title')} label={P.title} errors={state.errors}>
        <input {...input('title')} />
      </Field>
      <Field name={n('quote')} label={P.quote} errors={state.errors}>
        <textarea {...input('quote')} rows={2} />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-3 py-1 font-semibold text-white"
      >
        {pending ? 'Recording…' : 'Record progress'}
      </button>
    </form>
  );
}
