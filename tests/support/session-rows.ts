// The sessions table of a running server's SQLite file, written as an operator with sqlite3 would:
// tests set a session's last password back in time to meet the re-authentication rule for real.
import Database from 'better-sqlite3';

/** Marks every live session of the account as having last given its password `minutes` ago. */
export function passwordGivenMinutesAgo(dbFile: string, userId: number, minutes: number): void {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const at = new Date(Date.now() - minutes * 60_000).toISOString();
    db.prepare('update sessions set authenticated_at = ? where user_id = ? and ended_at is null').run(at, userId);
  } finally {
    db.close();
  }
}

/** Ends a session over HTTP as the Sign out button does: next-auth's CSRF token, then its signout POST. */
export async function signOutOverHttp(base: string, cookie: string): Promise<void> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = await csrf.json() as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/signout`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'sec-fetch-site': 'same-origin', cookie },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${base}/login`, json: 'true' }),
  });
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`sign-out answered ${res.status}`);
}
