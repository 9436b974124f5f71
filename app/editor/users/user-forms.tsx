'use client';
import { useState } from 'react';
import { useFormAction } from '../_lib/use-form-action';
import { inviteUserAction, updateUserAction } from './actions';
import { Field, FormMessage, fieldProps } from '../_lib/field';
import { ROLES } from '@/lib/domain';
import type { ActionState } from '../_lib/action-state';
import { NameAndPassword, type AccountRow } from './account-forms';
import { ReauthField } from '../_lib/reauth-field';

type Row = AccountRow & { role: string; disabled: boolean };

export function UserRow({ user, isMe }: { user: Row; isMe: boolean }) {
  const { state, pending, formProps } = useFormAction<ActionState>(updateUserAction, {});
  const [role, setRole] = useState(user.role);
  return (
    <tr className="border-b border-line align-top" data-testid="user-row">
      <td className="p-2">
        {user.email}
        {isMe ? ' (you)' : ''}
      </td>
      <td className="p-2">
        <NameAndPassword user={user} isMe={isMe} />
      </td>
      <td className="p-2">{user.disabled ? 'Disabled' : 'Active'}</td>
      <td className="p-2">
        <form {...formProps} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="id" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            Role of {user.email}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            className="rounded border border-line px-1"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <button
            type="submit"
            name="intent"
            value="role"
            disabled={pending}
            className="rounded border border-line px-2"
          >
            Change role
          </button>
          {user.disabled ? (
            <button
              type="submit"
              name="intent"
              value="enable"
              disabled={pending}
              className="rounded border border-line px-2"
            >
              Enable
            </button>
          ) : (
            !isMe && (
              <span className="flex items-center gap-1">
                <label className="flex items-center gap-1">
                  <input type="checkbox" name="confirm" value="yes" /> Yes, disable this account
                </label>
                <button
                  type="submit"
                  name="intent"
                  value="disable"
                  disabled={pending}
                  className="rounded border border-red-700 px-2 text-red-700"
                >
                  Disable
                </button>
              </span>
            )
          )}
          <ReauthField errors={state.errors} />
        </form>
        {state.errors?.confirm && (
          <p className="text-sm text-red-700" data-field-error="confirm">
            {state.errors.confirm.join('; ')}
          </p>
        )}
        <FormMessage message={state.message} ok={state.ok} />
      </td>
    </tr>
  );
}

const FIELDS = [
  { name: 'email', label: 'Email', type: 'email' },
  { name: 'name', label: 'Display name (shown publicly in the history)', type: 'text' },
  { name: 'password', label: 'Initial password (at least 12 characters)', type: 'password' },
] as const;

export function InviteForm() {
  const { state, pending, formProps } = useFormAction<ActionState>(inviteUserAction, {});
  const [values, setValues] = useState<Record<string, string>>({ role: 'editor' });
  // After a created account the form starts empty again, ready for the next invitation.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.ok) setValues({ role: 'editor' });
  }
  const bind = (name: string) => ({
    ...fieldProps(name, state.errors),
    value: values[name] ?? '',
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  return (
    <form {...formProps} className="max-w-md space-y-3 rounded border border-line bg-paper p-4" noValidate>
      <h2 className="font-semibold">Invite an editor</h2>
      <FormMessage message={state.message} ok={state.ok} />
      {FIELDS.map((f) => (
        <Field key={f.name} name={f.name} label={f.label} errors={state.errors}>
          <input {...bind(f.name)} type={f.type} autoComplete="off" />
        </Field>
      ))}
      <Field name="role" label="Role" errors={state.errors}>
        <select {...bind('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </Field>
      <ReauthField errors={state.errors} />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 text-white">
        Create account
      </button>
    </form>
  );
}
