'use client';
// Retracting and un-retracting: each moves a pledge out of or back into every total, keeps its
// history, and needs a reason shown publicly. One form serves both; only the words differ.
import { useState } from 'react';
import { useFormAction } from '../../_lib/use-form-action';
import { retractPledgeAction } from '../actions';
import { unretractPledgeAction } from '../undo-actions';
import { Field, FormMessage, fieldProps } from '../../_lib/field';
import type { ActionState } from '../../_lib/action-state';

type Words = {
  heading: string;
  explanation: string;
  reasonLabel: string;
  button: string;
  tone: 'danger' | 'plain';
  testId?: string;
};
type Props = { id: number; version: number };

function ReasonForm({
  id,
  version,
  action,
  words,
}: Props & { action: typeof retractPledgeAction; words: Words }) {
  const { state, pending, formProps } = useFormAction<ActionState>(action, {});
  const [reason, setReason] = useState('');
  const danger = words.tone === 'danger';
  return (
    <form
      {...formProps}
      className={`space-y-2 rounded border p-3 ${danger ? 'border-red-700' : 'border-line'}`}
      noValidate
      data-testid={words.testId}
    >
      <h2 className="font-semibold">{words.heading}</h2>
      <p className="text-sm text-muted">{words.explanation}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      <Field name="reason" label={words.reasonLabel} errors={state.errors}>
        <textarea
          {...fieldProps('reason', state.errors)}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-3 py-1 font-semibold text-white ${danger ? 'bg-red-700' : 'bg-accent'}`}
      >
        {words.button}
      </button>
    </form>
  );
}

export function RetractForm(props: Props) {
  return (
    <ReasonForm
      {...props}
      action={retractPledgeAction}
      words={{
        heading: 'Retract this pledge',
        explanation: 'It leaves every total and stays visible in its history. Nothing is deleted.',
        reasonLabel: 'Reason (required, shown publicly)',
        button: 'Retract pledge',
        tone: 'danger',
      }}
    />
  );
}

export function UnretractForm(props: Props) {
  return (
    <ReasonForm
      {...props}
      action={unretractPledgeAction}
      words={{
        heading: 'Un-retract this pledge',
        explanation:
          'It returns to every total, and the history records why. A retracted pledge cannot be edited until then.',
        reasonLabel: 'Reason for un-retracting (required, shown publicly)',
        button: 'Un-retract pledge',
        tone: 'plain',
        testId: 'unretract-form',
      }}
    />
  );
}
