'use client';
// Changing one's own password (Editor → Settings, and /password after an admin's reset). The
// action signs the account out everywhere on success: the person signs in again with the new one.
import { useState } from 'react';
import { changePasswordAction } from './actions';
import { Field, FormMessage, fieldProps } from '../_lib/field';
import { useFormAction } from '../_lib/use-form-action';
import type { ActionState } from '../_lib/action-state';

const FIELDS = [
  { name: 'current', label: 'Current password', auto: 'current-password' },
  { name: 'password', label: 'New password (at least 12 characters)', auto: 'new-password' },
  { name: 'confirm', label: 'New password again', auto: 'new-password' },
] as const;

export function PasswordForm() {
  const { state, pending, formProps } = useFormAction<ActionState>(changePasswordAction, {});
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <form
      {...formProps}
      className="max-w-md space-y-3 rounded border border-line bg-paper p-4"
      noValidate
      data-testid="password-form"
    >
      <h2 className="font-semibold">Change your password</h2>
      <FormMessage message={state.message} ok={state.ok} />
      {FIELDS.map((f) => (
        <Field key={f.name} name={f.name} label={f.label} errors={state.errors}>
          <input
            {...fieldProps(f.name, state.errors)}
            type="password"
            autoComplete={f.auto}
            value={values[f.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
          />
        </Field>
      ))}
      <p className="text-xs text-muted">
        Your other sessions end, and you sign in again with the new password.
      </p>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 text-white">
        Change password
      </button>
    </form>
  );
}
