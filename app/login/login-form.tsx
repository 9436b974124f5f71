'use client';
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';

// One message for every failure, so the form never tells whether an e-mail has an account.
const FAILED = 'Sign-in failed: the email or password is wrong, or the account is disabled.';
const LOCKED =
  'Too many failed attempts. Sign-in from this browser is paused for a while (longer after each pause); try again later.';
const UNAVAILABLE = 'Sign-in is unavailable for a moment; try again in a minute.';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  // Until React has taken over, the button stays disabled: a form submitted by the browser itself
  // would send the password somewhere other than next-auth (as a POST, never in a URL).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError('');
    const form = new FormData(event.currentTarget);
    const result = await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(
        result?.error === 'TooManyAttempts'
          ? LOCKED
          : result?.error === 'SignInUnavailable'
            ? UNAVAILABLE
            : FAILED,
      );
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }
  return (
    <form method="post" onSubmit={submit} className="space-y-3">
      {error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
          {error}
        </p>
      )}
      <label className="block text-sm font-medium" htmlFor="email">
        Email
      </label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        className="w-full rounded border border-line px-2 py-1"
      />
      <label className="block text-sm font-medium" htmlFor="password">
        Password
      </label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        className="w-full rounded border border-line px-2 py-1"
      />
      <button
        type="submit"
        disabled={pending || !ready}
        className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
