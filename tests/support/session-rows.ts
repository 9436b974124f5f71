// The sessions table of a running server's database, written as an operator with sqlite3 or psql
// would: tests set a session's last password back in time to meet the re-authentication rule for real.
import { withRawDatabase } from './raw-db';

/** Marks every live session of the account as having last given its password `minutes` ago. */
export async function passwordGivenMinutesAgo(
  databaseUrl: string,
  userId: number,
  minutes: number,
): Promise<void> {
  const at = new Date(Date.now() - minutes * 60_000).toISOString();
  await withRawDatabase(databaseUrl, (query) =>
    query('update sessions set authenticated_at = ? where user_id = ? and ended_at is null', [at, userId]),
  );
}

/** Ends a session over HTTP as the Sign out button does: next-auth's CSRF token, then its signout POST. */
export async function signOutOverHttp(base: string, cookie: string): Promise<void> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: base,
      'sec-fetch-site': 'same-origin',
      cookie,
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${base}/login`, json: 'true' }),
  });
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`sign-out answered ${res.status}`);
}
