'use client';
// The "Confirm your password" field a sensitive form grows when its action asks for the password
// again (reauth.ts). It stays until the action accepts the password; the form's own fields keep
// their values, so the person only types the password and submits again.
import { useId } from 'react';
import type { FieldErrors } from '@/lib/validation';

export function ReauthField({ errors }: { errors?: FieldErrors }) {
  const id = useId();
  const messages = errors?.reauthPassword;
  if (!messages?.length) return null;
  return (
    <div className="rounded border border-amber-600 bg-amber-50 p-2">
      <label htmlFor={id} className="block text-sm font-medium">
        Confirm your password
      </label>
      <input
        id={id}
        name="reauthPassword"
        type="password"
        autoComplete="current-password"
        aria-invalid
        aria-describedby={`${id}-error`}
        className="mt-1 w-full rounded border border-red-700 px-2 py-1"
        // biome-ignore lint/a11y/noAutofocus: the field appears only after a refused submit, and the password is what to type next
        autoFocus
      />
      <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-field-error="reauthPassword">
        {messages.join('; ')}
      </p>
    </div>
  );
}
