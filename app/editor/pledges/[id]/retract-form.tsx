'use client';
// Retracting hides a pledge from every total but keeps it and its history; it needs a reason.
import { useState } from 'react';
import { useFormAction } from '../../_lib/use-form-action';
import { retractPledgeAction } from '../actions';
import { Field, FormMessage, fieldProps } from '../../_lib/field';
import type { ActionState } from '../../_lib/action-state';

export function RetractForm({ id, version }: { id: number; version: number }) {
  const { state, pending, formProps } = useFormAction<ActionState>(retractPledgeAction, {});
  const [reason, setReason] = useState('');
  return (
    <form {...formProps} className="space-y-2 rounded border border-red-700 p-3" noValidate>
      <h2 className="font-semibold">Retract this pledge</h2>
      <p className="text-sm text-muted">It leaves every total and stays visible in its history. Nothing is deleted.</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      <Field name="reason" label="Reason (required, shown publicly)" errors={state.errors}>
        <textarea {...fieldProps('reason', state.errors)} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-red-700 px-3 py-1 text-white">Retract pledge</button>
    </form>
  );
}
