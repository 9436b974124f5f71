// Shared by the API's HTTP tests: a server on its own database (opened from this process too),
// and small request helpers.
import { startServer, type RunningServer } from '../support/server';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';

/** Starts `npm start` and points this process's db/ verbs at the same SQLite file (WAL lets both write). */
export async function startApiServer(env?: Record<string, string>): Promise<RunningServer> {
  const server = await startServer(env ? { env } : {});
  process.env.DATABASE_URL = server.databaseUrl;
  return server;
}

/** A server for the API tests and an editor's token for its write endpoints. */
export async function startApiServerWithEditor(): Promise<{
  server: RunningServer;
  base: string;
  token: string;
}> {
  const server = await startApiServer();
  const editor = await createUser({
    email: 'api-editor@example.org',
    password: 'a very long password',
    role: 'editor',
    name: 'API Editor',
  });
  return { server, base: server.url, token: (await createApiToken(editor.id, 'tests')).token };
}

export type ApiAnswer = { status: number; headers: Headers; json: any };

export async function call(
  base: string,
  method: string,
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    body =
      typeof options.body === 'string' || options.body instanceof Uint8Array
        ? (options.body as BodyInit)
        : JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(`${base}${url}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}

/** The uniform error shape: { error: { message, code, fields? } }. */
export function expectErrorShape(json: any): void {
  if (
    typeof json?.error?.message !== 'string' ||
    typeof json.error.code !== 'string' ||
    json.error.message === ''
  ) {
    throw new Error(`not the API error shape: ${JSON.stringify(json)}`);
  }
  if (
    json.error.fields !== undefined &&
    (typeof json.error.fields !== 'object' || Array.isArray(json.error.fields))
  ) {
    throw new Error(`fields is not an object: ${JSON.stringify(json)}`);
  }
}

export const NEW_PLEDGE = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Winter generators',
  category: 'humanitarian',
  stage: 'committed',
  amount: '1500000.50',
  currency: 'USD',
  announcedOn: '2024-11-05',
  sources: [
    {
      url: 'https://example.org/mofa/2024-11-05',
      publisher: 'Ministry of Foreign Affairs',
      quote: 'Japan will provide USD 1.5 million for generators.',
    },
  ],
};
