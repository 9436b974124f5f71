// The audit log over HTTP against `npm start`: each security event a person causes shows on
// /editor/audit (admins only) with who, on whom, what and from which address.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { audited, auditRows, newUser, signUpFirstAdmin } from './audit-support';
import { CASES } from './audit-cases';
import { sessionCookie } from '../support/http-editor';
import { recordAudit } from '../../db/accounts/audit';
import { writeTransaction } from '../../db/connection';

let server: RunningServer;

beforeAll(async () => {
  server = await startApiServer();
  await signUpFirstAdmin(server);
});
afterAll(async () => {
  await server?.stop();
});

describe('the audit log', () => {
  test.each(CASES)(
    '$event: shows on /editor/audit after a person does it',
    async ({ event, label, does, shows }) => {
      const subject = await does();
      const { status, rows } = await auditRows(`?event=${event}`);
      expect(status).toBe(200);
      const row = rows.find((r) => shows(subject).every((text) => r.includes(text)));
      expect(row, rows.join('\n')).toBeDefined();
      expect(row).toContain(label);
      // The filter shows this event only.
      expect(rows.every((r) => r.includes(label))).toBe(true);
    },
  );

  test('newest first, fifty a page, and "Older entries" leads to the rest', async () => {
    await writeTransaction(
      async (tx) => {
        for (let i = 0; i < 60; i++)
          await recordAudit({ event: 'sign_in_failed', detail: `paged-${i}@example.org` }, tx);
      },
      { touchesData: false },
    );
    const first = await auditRows('?event=sign_in_failed');
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toContain('paged-59@');
    expect(first.rows[49]).toContain('paged-10@');
    const older = first.html
      .match(/href="([^"]*before=\d+[^"]*)"[^>]*>Older entries/)?.[1]
      .replace(/&amp;/g, '&');
    expect(older).toBeDefined();
    const second = await auditRows(older!.slice('/editor/audit'.length));
    expect(second.rows[0]).toContain('paged-9@');
    expect(second.rows.some((r) => r.includes('paged-0@'))).toBe(true);
  });

  test('the editor nav links the audit log for admins, not for editors', async () => {
    const editor = await newUser();
    const asEditor = await sessionCookie(server.url, editor.email, 'subject password 1');
    const navOf = async (cookie: string) =>
      (await fetch(`${server.url}/editor`, { headers: { cookie } }).then((r) => r.text())).match(
        /<nav aria-label="Editor".*?<\/nav>/,
      )?.[0] ?? '';
    expect(await navOf(audited.admin)).toContain('href="/editor/audit"');
    const editorNav = await navOf(asEditor);
    expect(editorNav).toContain('href="/editor/settings"');
    expect(editorNav).not.toContain('/editor/audit');
  });

  test('an editor is refused the page with the forbidden page other admin pages give', async () => {
    const editor = await newUser();
    const cookie = await sessionCookie(server.url, editor.email, 'subject password 1');
    const { status, rows, html } = await auditRows('', cookie);
    expect(status).toBe(403);
    // The editor layout's forbidden page (app/editor/forbidden.tsx), its words streamed with the page.
    expect(html).toContain('<title>Not allowed');
    expect(html).toContain('This page or action needs the admin role; your account has the ');
    expect(rows).toEqual([]);
  });
});
