'use client';
import { useState } from 'react';
import { useFormAction } from '../_lib/use-form-action';
import { createTokenAction, type TokenState } from './actions';
import { Field, FormMessage, fieldProps } from '../_lib/field';
import { ReauthField } from '../_lib/reauth-field';

export function CreateTokenForm() {
  const { state, pending, formProps } = useFormAction<TokenState>(createTokenAction, {});
  const [label, setLabel] = useState('');
  return (
    <form {...formProps} className="max-w-md space-y-3 rounded border border-line bg-paper p-4" noValidate>
      <h2 className="font-semibold">New token</h2>
      <FormMessage message={state.message} ok={state.ok} />
      {state.token && <p className="break-all rounded bg-wash p-2 font-mono text-sm" data-testid="new-token">{state.token}</p>}
      <Field name="label" label="What it is for (e.g. newsroom import script)" errors={state.errors}>
        <input {...fieldProps('label', state.errors)} value={label} onChange={(e) => setLabel(e.target.value)} />
      </Field>
      <ReauthField errors={state.errors} />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 text-white">Create token</button>
    </form>
  );
}
