'use client';
// The Name cell of an account's row: the display name the public history shows (flagged when it
// was made from the e-mail and awaits review), and an admin's password reset.
import { useState } from 'react';
import { updateUserAction } from './actions';
import { FormMessage } from '../_lib/field';
import { useFormAction } from '../_lib/use-form-action';
import { ReauthField } from '../_lib/reauth-field';
import type { ActionState } from '../_lib/action-state';

export type AccountRow = {
  id: number;
  email: string;
  name: string | null;
  nameNeedsReview: boolean;
  mustChangePassword: boolean;
};

const input = 'rounded border border-line px-1';

export function NameAndPassword({ user, isMe }: { user: AccountRow; isMe: boolean }) {
  const { state, pending, formProps } = useFormAction<ActionState>(updateUserAction, {});
  const [name, setName] = useState(user.name ?? '');
  const [password, setPassword] = useState('');
  const error = (field: string) =>
    state.errors?.[field] && (
      <p className="text-sm text-red-700" data-field-error={field}>
        {state.errors[field].join('; ')}
      </p>
    );
  return (
    <form {...formProps} className="space-y-1" noValidate>
      <input type="hidden" name="id" value={user.id} />
      {user.nameNeedsReview && (
        <p className="text-xs font-semibold text-amber-800" data-testid="name-needs-review">
          Made from the e-mail: please review
        </p>
      )}
      <label className="sr-only" htmlFor={`name-${user.id}`}>
        Display name of {user.email}
      </label>
      <span className="flex flex-wrap gap-1">
        <input
          id={`name-${user.id}`}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className={input}
        />
        <button
          type="submit"
          name="intent"
          value="name"
          disabled={pending}
          className="rounded border border-line px-2"
        >
          Save name
        </button>
      </span>
      {error('name')}
      {!isMe && (
        <span className="flex flex-wrap gap-1">
          <label className="sr-only" htmlFor={`password-${user.id}`}>
            New temporary password for {user.email}
          </label>
          <input
            id={`password-${user.id}`}
            name="password"
            type="password"
            autoComplete="new-password"
            placeholder="Temporary password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={input}
          />
          <button
            type="submit"
            name="intent"
            value="password"
            disabled={pending}
            className="rounded border border-line px-2"
          >
            Reset password
          </button>
        </span>
      )}
      {error('password')}
      <ReauthField errors={state.errors} />
      {user.mustChangePassword && (
        <p className="text-xs text-muted">Must choose a new password at next sign-in.</p>
      )}
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
