'use client';
// Un-retracting puts a pledge back into every total; like the retraction, it needs a reason.
import { useState } from 'react';
import { unretractPledgeAction } from '../undo-actions';
import { Field, FormMessage, fieldProps } from '../../_lib/field';
import { useFormAction } from '../../_lib/use-form-action';
import type { ActionState } from '../../_lib/action-state';

export function UnretractForm({ id, version }: { id: number; version: number }) {
  const { state, pending, formProps } = useFormAction<ActionState>(unretractPledgeAction, {});
  const [reason, setReason] = useState('');
  return (
    <form {...formProps} className="space-y-2 rounded border border-line p-3" noValidate data-testid="unretract-form">
      <h2 className="font-semibold">Un-retract this pledge</h2>
      <p className="text-sm text-muted">It returns to every total, and the history records why. A retracted pledge cannot be edited until then.</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      <Field name="reason" label="Reason for un-retracting (required, shown publicly)" errors={state.errors}>
        <textarea {...fieldProps('reason', state.errors)} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1 font-semibold text-white">Un-retract pledge</button>
    </form>
  );
}
