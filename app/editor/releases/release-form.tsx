'use client';
// The form that cuts a release. Controlled inputs, so a refused cut keeps what was typed
// (use-form-action.ts never resets the form); a cut that worked clears them for the next one.
import { useEffect, useState } from 'react';
import { useFormAction } from '../_lib/use-form-action';
import { cutReleaseAction } from './actions';
import { Field, FormMessage, fieldProps } from '../_lib/field';
import { ErrorSummary } from '../_lib/error-summary';
import type { ActionState } from '../_lib/action-state';
import { RELEASE_LABELS, RELEASE_NAME_MAX, RELEASE_NOTE_MAX } from '@/lib/release-schema';

export function CutReleaseForm() {
  const { state, pending, formProps } = useFormAction<ActionState>(cutReleaseAction, {});
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!state.ok) return;
    setName('');
    setNote('');
  }, [state]);
  return (
    <form
      {...formProps}
      className="max-w-xl space-y-3 rounded border border-line bg-paper p-4"
      noValidate
      aria-labelledby="cut-release-h"
    >
      <h2 id="cut-release-h" className="font-semibold">
        Cut a release
      </h2>
      <ErrorSummary errors={state.errors} />
      <FormMessage message={state.errors ? undefined : state.message} ok={state.ok} />
      <Field
        name="name"
        label={RELEASE_LABELS.name}
        hint={`Letters, digits, ".", "-" and "_", at most ${RELEASE_NAME_MAX} characters (e.g. 2026-12).`}
        errors={state.errors}
      >
        <input
          {...fieldProps('name', state.errors)}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
      </Field>
      <Field
        name="note"
        label={`${RELEASE_LABELS.note} (optional)`}
        hint={`What this release is for, shown on /releases (at most ${RELEASE_NOTE_MAX} characters).`}
        errors={state.errors}
      >
        <textarea
          {...fieldProps('note', state.errors)}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 text-white">
        Cut release
      </button>
    </form>
  );
}
