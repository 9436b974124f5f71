// An editor's browser, reduced to HTTP: signing in through next-auth's credentials endpoint (CSRF
// token and all) and calling a server action the way the React client does — a multipart POST to the
// page with a Next-Action header, the form's fields prefixed "_1_" and the arguments in field "0".
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The build's id for an exported server action (`file` relative to the repo, e.g. app/setup/actions.ts). */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  );
  for (const [id, entry] of Object.entries<any>(manifest.node)) {
    if (entry.filename === file && entry.exportedName === name) return id;
  }
  throw new Error(`no server action ${name} in ${file} in the build`);
}

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

export type SignInResult = { status: number; cookie: string | null; error: string | null; body: string };

/** One sign-in attempt as the login form makes it; `cookie` holds the session when it worked. */
export async function signInOverHttp(
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInResult> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: base,
      'sec-fetch-site': 'same-origin',
      cookie: cookieHeader(jar),
      ...headers,
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/editor`, json: 'true' }),
  });
  cookiesOf(res, jar);
  const body = await res.text();
  const url = (() => {
    try {
      return new URL(JSON.parse(body).url);
    } catch {
      return null;
    }
  })();
  const session = jar.has('next-auth.session-token');
  return {
    status: res.status,
    cookie: session ? cookieHeader(jar) : null,
    error: url?.searchParams.get('error') ?? null,
    body,
  };
}

export async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const result = await signInOverHttp(base, email, password);
  if (!result.cookie) throw new Error(`could not sign in as ${email}: ${result.body}`);
  return result.cookie;
}

export type ActionCall = {
  /** The page the form lives on (the action is posted there). */
  page: string;
  id: string;
  /** Form fields; repeated names as [name, value] pairs allowed. */
  fields: [string, string | Blob][];
  cookie?: string | null;
  headers?: Record<string, string>;
  /** useActionState actions take (previousState, formData); plain form actions take (formData). */
  withState?: boolean;
};

export type ActionAnswer = { status: number; text: string; redirect: string | null; headers: Headers };

export async function callAction(base: string, call: ActionCall): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [name, value] of call.fields) form.append(`_1_${name}`, value);
  form.append('0', call.withState === false ? '["$K1"]' : '[{},"$K1"]');
  const headers: Record<string, string> = {
    accept: 'text/x-component',
    'next-action': call.id,
    origin: base,
    'sec-fetch-site': 'same-origin',
    ...call.headers,
  };
  if (call.cookie) headers.cookie = call.cookie;
  const res = await fetch(`${base}${call.page}`, { method: 'POST', headers, body: form, redirect: 'manual' });
  return {
    status: res.status,
    text: await res.text(),
    redirect: res.headers.get('x-action-redirect'),
    headers: res.headers,
  };
}
