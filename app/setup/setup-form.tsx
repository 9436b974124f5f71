'use client';
import { useState } from 'react';
import { useFormAction } from '../editor/_lib/use-form-action';
import { createFirstAdminAction } from './actions';
import { Field, FormMessage, fieldProps } from '../editor/_lib/field';
import type { ActionState } from '../editor/_lib/action-state';

const FIELDS = [
  {
    name: 'setupCode',
    label: 'Setup code (printed on the server’s console by npm start)',
    type: 'text',
    auto: 'off',
  },
  { name: 'email', label: 'Email', type: 'email', auto: 'username' },
  { name: 'name', label: 'Display name (shown publicly in the history)', type: 'text', auto: 'name' },
  { name: 'password', label: 'Password (at least 12 characters)', type: 'password', auto: 'new-password' },
  { name: 'confirm', label: 'Password again', type: 'password', auto: 'new-password' },
] as const;

export function SetupForm() {
  const { state, pending, formProps } = useFormAction<ActionState>(createFirstAdminAction, {});
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <form {...formProps} className="space-y-3" noValidate>
      <FormMessage message={state.message} />
      {FIELDS.map((f) => (
        <Field key={f.name} name={f.name} label={f.label} errors={state.errors}>
          <input
            {...fieldProps(f.name, state.errors)}
            type={f.type}
            autoComplete={f.auto}
            value={values[f.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
          />
        </Field>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-semibold text-white"
      >
        Create admin account
      </button>
    </form>
  );
}
