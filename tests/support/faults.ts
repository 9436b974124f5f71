// Shared by the fault tests (tests/faults): the short/long switch, editors with tokens, JSON
// calls through the load tools' keep-alive agent, pledge bodies with their own source, and a crash.
import { send } from '../../scripts/lib/load';
import type { RunningServer } from './server';
import { createUser, actorFor } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';

/** `npm run test:faults` sets FAULTS=long; `npm test` runs the short forms. */
export const LONG = process.env.FAULTS === 'long';
export const scale = <T>(short: T, long: T): T => (LONG ? long : short);

export type Editor = { token: string; label: string };

/** An active editor and a bearer token, written through this process's db/ verbs. */
export async function addEditor(email: string, name: string): Promise<Editor> {
  const user = await createUser({ email, password: 'a very long password', role: 'editor', name });
  return { token: (await createApiToken(user.id, 'fault tests')).token, label: actorFor(user).label };
}

export type JsonAnswer = { status: number; ms: number; body: string; json: any };

/** A JSON request; the body is parsed when it is JSON, kept as text either way. */
export async function callJson(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<JsonAnswer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const answer = await send(method, `${base}${path}`, {
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  let json: any = null;
  try {
    json = answer.body ? JSON.parse(answer.body) : null;
  } catch {
    /* not JSON: the text is kept */
  }
  return { ...answer, json };
}

/** A new pledge whose source URL names it, so its source can be told apart from every other's. */
export function pledgeBody(tag: string) {
  return {
    donor: 'Japan',
    recipient: 'Ukraine',
    title: `Fault test ${tag}`,
    category: 'humanitarian',
    stage: 'committed',
    amount: String(1000 + Math.floor(Math.random() * 1_000_000)),
    currency: 'USD',
    announcedOn: '2024-11-05',
    sources: [
      {
        url: `https://example.org/faults/${tag}`,
        publisher: 'Fault test wire',
        quote: `Pledge ${tag} as reported.`,
      },
    ],
  };
}

/** The signs of a database error that must never reach a client or the log. */
export const DB_TROUBLE = /SQLITE_BUSY|database is locked|SQLITE_[A-Z]+|internal_error/;

/** kill -9 of the whole process group (tsx start script and `next start`), like a power cut to the app. */
export async function crashServer(server: RunningServer): Promise<void> {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null)
    throw new Error(`the server had already exited:\n${server.output()}`);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
