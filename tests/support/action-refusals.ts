// Posting a hostile form to a server action as the browser does, for tests/faults/hostile-actions.test.ts:
// each must be refused in the form's own words (no 5xx, no redirect) and leave the database as it was.
import { expect } from 'vitest';
import type { RunningServer } from './server';
import { actionId, callAction } from './http-editor';
import { databaseFingerprint } from './db-fingerprint';
import { AUTH_SECRET, leaks } from './hostile-inputs';
import type { Fields } from './hostile-form-values';

/** The file each attacked action lives in. */
const ACTION_FILES = {
  createFirstAdminAction: 'app/setup/actions.ts',
  savePledgeAction: 'app/editor/pledges/actions.ts',
  retractPledgeAction: 'app/editor/pledges/actions.ts',
  recordProgressAction: 'app/editor/pledges/progress-actions.ts',
  inviteUserAction: 'app/editor/users/actions.ts',
  updateUserAction: 'app/editor/users/actions.ts',
} as const;

export class ActionRefusals {
  /** How many forms were tried, per action (and whatever else the test counts). */
  readonly tried: Record<string, number> = {};
  /** The session cookie the forms are posted with, once there is an admin. */
  cookie: string | null = null;

  constructor(private readonly server: () => RunningServer) {}

  async expectRefused(name: keyof typeof ACTION_FILES, page: string, fields: Fields): Promise<void> {
    const server = this.server();
    this.tried[name] = (this.tried[name] ?? 0) + 1;
    const before = await databaseFingerprint(server.databaseUrl);
    const id = actionId(ACTION_FILES[name], name);
    const res = await callAction(server.url, { page, id, fields, cookie: this.cookie });
    expect(res.status, res.text.slice(0, 300)).toBeLessThan(400);
    expect(res.redirect).toBeNull();
    expect(res.text).toMatch(/Nothing was saved|Not saved|Not retracted/);
    expect(leaks(res.text, [AUTH_SECRET])).toEqual([]);
    expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
  }
}
