'use client';
import { useState } from 'react';
import { useFormAction } from '../_lib/use-form-action';
import { createTokenAction, type TokenState } from './actions';
import { Field, FormMessage, fieldProps } from '../_lib/field';
import { DEFAULT_TOKEN_EXPIRY, TOKEN_EXPIRY_CHOICES } from '@/lib/token-expiry';
import { ReauthField } from '../_lib/reauth-field';

export function CreateTokenForm() {
  const { state, pending, formProps } = useFormAction<TokenState>(createTokenAction, {});
  const [label, setLabel] = useState('');
  // Controlled, so a refused submit keeps what the person chose (the form is never reset: use-form-action.ts).
  const [expires, setExpires] = useState<string>(DEFAULT_TOKEN_EXPIRY);
  const [expiresOn, setExpiresOn] = useState('');
  return (
    <form {...formProps} className="max-w-md space-y-3 rounded border border-line bg-paper p-4" noValidate>
      <h2 className="font-semibold">New token</h2>
      <FormMessage message={state.message} ok={state.ok} />
      {state.token && (
        <p className="break-all rounded bg-wash p-2 font-mono text-sm" data-testid="new-token">
          {state.token}
        </p>
      )}
      <Field name="label" label="What it is for (e.g. newsroom import script)" errors={state.errors}>
        <input
          {...fieldProps('label', state.errors)}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
      </Field>
      <Field name="expires" label="Expires" errors={state.errors}>
        <select
          {...fieldProps('expires', state.errors)}
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
        >
          {TOKEN_EXPIRY_CHOICES.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </Field>
      {expires === 'date' && (
        <Field
          name="expiresOn"
          label="Expiry date"
          hint="The token works until the end of this day (UTC)."
          errors={state.errors}
        >
          <input
            {...fieldProps('expiresOn', state.errors)}
            type="date"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
          />
        </Field>
      )}
      <ReauthField errors={state.errors} />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 text-white">
        Create token
      </button>
    </form>
  );
}
