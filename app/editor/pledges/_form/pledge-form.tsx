'use client';
// The new/edit pledge form. Controlled, so whatever was typed stays after a refused save; each
// error from the one pledge schema appears beside its field.
import { useState } from 'react';
import { useFormAction } from '../../_lib/use-form-action';
import { savePledgeAction, type PledgeFormState } from '../actions';
import { Field, FormMessage, fieldProps } from '../../_lib/field';
import { ErrorSummary } from '../../_lib/error-summary';
import { PartyField, partyOf, type PartyOption } from './party-field';
import { MoneyFields } from './money-fields';
import { SourceFields } from './source-fields';
import { StageDateFields } from './stage-date-fields';
import { DuplicatePanel, ConflictPanel } from './form-panels';
import { KindFields } from './kind-fields';
import { AnnouncedFields } from './announced-fields';
import { normaliseDate, precisionOf } from '@/lib/dates';
import { PLEDGE_LABELS as L } from '@/lib/pledge-labels';
import type { PledgeFormValues } from '@/lib/pledge-form';

export type CommitmentOption = { id: number; donorSlug: string; label: string };
type Props = {
  initial: PledgeFormValues;
  id?: number;
  version?: number;
  parties: PartyOption[];
  commitments: CommitmentOption[];
};
type TextKey = Exclude<keyof PledgeFormValues, 'isLowerBound' | 'sources'>;

export function PledgeForm({ initial, id, version, parties, commitments }: Props) {
  const [values, setValues] = useState(initial);
  const [note, setNote] = useState('');
  const { state, pending, formProps } = useFormAction<PledgeFormState>(savePledgeAction, {});
  const errors = state.errors;
  const setField = (key: TextKey, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const bind = (key: TextKey) => ({
    ...fieldProps(key, errors),
    value: values[key],
    onChange: (e: { target: { value: string } }) => setField(key, e.target.value),
  });
  // The date's shape says its precision: typing 2024-02 means the month (lib/dates.ts).
  const setDate = (text: string) =>
    setValues((v) => ({
      ...v,
      announcedOn: text,
      datePrecision: v.datePrecision === 'unknown' || !text.trim() ? v.datePrecision : precisionOf(text),
    }));
  const parents = commitments.filter(
    (c) => c.donorSlug === partyOf(parties, values.donor)?.slug && c.id !== id,
  );
  const fxDate =
    values.datePrecision !== 'unknown' && values.announcedOn
      ? (normaliseDate(values.announcedOn, values.datePrecision as 'day') ?? '')
      : '';
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {id != null && <input type="hidden" name="id" value={id} />}
      {version != null && <input type="hidden" name="version" value={version} />}
      {/* What this form opened: a save from a stale version is merged field by field against it. */}
      {id != null && <input type="hidden" name="base" value={JSON.stringify(initial)} />}
      {state.errors ? <ErrorSummary errors={state.errors} /> : <FormMessage message={state.message} />}
      <DuplicatePanel duplicates={state.duplicates} pending={pending} />
      <ConflictPanel
        conflict={state.conflict}
        reloadHref={id ? `/editor/pledges/${id}` : '/editor/pledges/new'}
        pending={pending}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <PartyField
          name="donor"
          label={L.donor}
          value={values.donor}
          kind={values.donorKind}
          parties={parties}
          errors={errors}
          onChange={(v) => setField('donor', v)}
          onKindChange={(v) => setField('donorKind', v)}
        />
        <PartyField
          name="recipient"
          label={L.recipient}
          value={values.recipient}
          kind={values.recipientKind}
          parties={parties}
          errors={errors}
          onChange={(v) => setField('recipient', v)}
          onKindChange={(v) => setField('recipientKind', v)}
        />
      </div>
      <Field name="title" label={`${L.title} (what it is for)`} errors={errors}>
        <input {...bind('title')} />
      </Field>
      <Field name="description" label={`${L.description} (optional)`} errors={errors}>
        <textarea {...bind('description')} rows={2} />
      </Field>
      <KindFields
        values={values}
        parents={parents}
        errors={errors}
        onChange={setField}
        onLowerBoundChange={(isLowerBound) => setValues((v) => ({ ...v, isLowerBound }))}
      />
      <MoneyFields
        amount={values.amount}
        currency={values.currency}
        fxRate={values.fxRate}
        date={fxDate}
        errors={errors}
        onChange={setField}
      />
      <AnnouncedFields
        announcedOn={values.announcedOn}
        datePrecision={values.datePrecision}
        errors={errors}
        onDateChange={setDate}
        onPrecisionChange={(v) => setField('datePrecision', v)}
      />
      <StageDateFields values={values} errors={errors} onChange={setField} />
      <SourceFields
        sources={values.sources}
        errors={errors}
        pledgeId={id}
        onChange={(sources) => setValues((v) => ({ ...v, sources }))}
      />
      <Field
        name="note"
        label={
          id ? 'What you changed and why (shown in the public history)' : 'Note for the history (optional)'
        }
        errors={errors}
      >
        <input {...fieldProps('note', errors)} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? 'Saving…' : id ? 'Save changes' : 'Save pledge'}
      </button>
    </form>
  );
}
