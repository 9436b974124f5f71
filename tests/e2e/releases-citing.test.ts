// In real Chromium: the release form keeps what was typed when a name is refused, and "Cite this"
// opens on the dashboard and a pledge page with the view's address and today's date; each page
// has no WCAG 2.1 AA violation in that state.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, signedInPage } from '../support/editor-browser';
import { hydrated, textOf, WAIT_MS } from '../support/wait';
import { wcagViolations } from '../support/axe';
import { todayIso } from '../../lib/dates';

const ctx = useServerAndBrowser();

describe('the release form', () => {
  test('a taken name is refused beside Name and both fields keep what was typed', async () => {
    const admin = addAccount(ctx.server, 'releases-e2e@example.org', 'admin');
    const page = await signedInPage(ctx.browser, ctx.server, admin);
    await page.goto(`${ctx.server.url}/editor/releases`, { timeout: WAIT_MS });
    const name = page.getByLabel('Name', { exact: true });
    const note = page.getByLabel('Note (optional)');
    await hydrated(name);
    await name.fill('2026-12');
    await note.fill('Year-end release');
    await page.getByRole('button', { name: 'Cut release' }).click();
    await page.getByTestId('release-row').filter({ hasText: '2026-12' }).waitFor({ timeout: WAIT_MS });

    await name.fill('2026-12');
    await note.fill('A second try & more');
    await page.getByRole('button', { name: 'Cut release' }).click();
    expect(await textOf(page.locator('[data-field-error="name"]'))).toContain(
      'Name: a release named “2026-12” already exists',
    );
    expect(await name.inputValue()).toBe('2026-12');
    expect(await note.inputValue()).toBe('A second try & more');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('release-row').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('Cite this', () => {
  test('on the dashboard it cites the filters, asOf and today, with no violations once open', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/?category=military&asOf=2025-06-30&junk=1`, { timeout: WAIT_MS });
    await page.getByText('Cite this').click();
    const plain = await textOf(page.getByTestId('cite-plain'));
    expect(plain).toMatch(
      /^Aid Pledge Tracker \(2025\)\. Aid pledges: All donors → all recipients, military/,
    );
    expect(plain).toContain(
      `Retrieved ${todayIso()}, from ${ctx.server.url}/?category=military&asOf=2025-06-30`,
    );
    expect(plain).not.toContain('junk');
    expect(await textOf(page.getByTestId('cite-bibtex'))).toContain(`urldate = {${todayIso()}}`);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });

  test('on a pledge page it names the donor, recipient and title', async () => {
    const list = (await (await fetch(`${ctx.server.url}/api/v1/pledges`)).json()) as {
      data: { id: number; title: string; donor: { name: string }; recipient: { name: string } }[];
    };
    const p = list.data[0];
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/pledges/${p.id}`, { timeout: WAIT_MS });
    await page.getByText('Cite this').click();
    expect(await textOf(page.getByTestId('cite-plain'))).toContain(
      `${p.donor.name} → ${p.recipient.name}: ${p.title}. Retrieved ${todayIso()}, from ${ctx.server.url}/pledges/${p.id}`,
    );
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
