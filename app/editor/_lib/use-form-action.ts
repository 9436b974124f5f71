'use client';
// useActionState for a form that must keep exactly what the person chose across a refused save.
//
// React 19 resets a <form action={fn}> once its action settles, and that reset puts controlled
// <select>s and checkboxes back to their first option in the DOM while React's state keeps the
// chosen value, so the next submit posts the reset values. Submitting from onSubmit instead (the
// browser's own FormData, with the button that was pressed) runs the same action in a transition
// without the automatic reset. `action` stays on the form, so a browser without JavaScript still
// posts it.
import { startTransition, useActionState, type FormEvent } from 'react';

export function useFormAction<State>(
  action: (state: Awaited<State>, form: FormData) => State | Promise<State>,
  initial: Awaited<State>,
) {
  const [state, dispatch, pending] = useActionState<State, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(data));
  };
  return { state, pending, formProps: { action: dispatch, onSubmit } };
}
