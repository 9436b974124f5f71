'use client';
// Revoking a token takes a second look: the confirm box must be ticked (works without JavaScript).
// One's own tokens revoke through revokeTokenAction; the admin's list passes its own action.
import { revokeTokenAction } from './actions';
import { FormMessage } from '../_lib/field';
import { useFormAction } from '../_lib/use-form-action';
import type { ActionState } from '../_lib/action-state';

type RevokeAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function RevokeTokenForm({
  id,
  label,
  action = revokeTokenAction,
}: {
  id: number;
  label: string;
  action?: RevokeAction;
}) {
  const { state, pending, formProps } = useFormAction<ActionState>(action, {});
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <label className="flex items-center gap-1 text-sm">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          aria-describedby={state.errors?.confirm ? `confirm-${id}-error` : undefined}
        />
        Yes, revoke “{label}”
      </label>
      <button type="submit" disabled={pending} className="rounded border border-red-700 px-2 text-red-700">
        Revoke
      </button>
      {state.errors?.confirm && (
        <p id={`confirm-${id}-error`} className="text-sm text-red-700" data-field-error="confirm">
          {state.errors.confirm.join('; ')}
        </p>
      )}
      <FormMessage message={state.ok ? undefined : state.message} />
    </form>
  );
}
