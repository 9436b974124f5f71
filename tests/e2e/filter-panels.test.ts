// The filter bar as a person uses it: one panel at a time, Escape and a click outside close it,
// dates apply once typed in full, long party lists can be searched; and no axe violations once the
// charts are drawn, at desktop and phone widths.
import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { eventually, hydrated, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser({ openDatabase: true });
const axeSource = fs.readFileSync(path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
const openPanels = (page: Page) => page.locator('form[aria-label="Filters"] details[open]').count();

async function ready(page: Page, url = ctx.server.url): Promise<void> {
  await page.goto(url);
  await hydrated(page.locator('input[name="from"]'));
}

describe('filter panels', () => {
  test('opening one panel closes the other; Escape and a click outside close it', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 800 } });
    await ready(page);
    await page.locator('summary', { hasText: 'Category' }).click();
    await eventually(() => openPanels(page)).toBe(1);
    await page.locator('summary', { hasText: 'Stage' }).click();
    await eventually(() => page.locator('details[data-filter="stage"][open]').count()).toBe(1);
    await eventually(() => openPanels(page)).toBe(1);
    await page.keyboard.press('Escape');
    await eventually(() => openPanels(page)).toBe(0);
    await page.locator('summary', { hasText: 'Category' }).click();
    await eventually(() => openPanels(page)).toBe(1);
    await page.locator('h1').click();
    await eventually(() => openPanels(page)).toBe(0);
    await page.close();
  });

  test('typing a date asks for no view until the field is left, then for that date once', async () => {
    const page = await ctx.browser.newPage();
    await ready(page);
    // Every navigation of the App Router fetches the new view: record the dates it asked for.
    const asked: string[] = [];
    page.on('request', (r) => {
      const from = new URL(r.url()).searchParams.get('from');
      if (from) asked.push(from);
    });
    const before = await page.evaluate(() => history.length);
    // Focusing the field puts the caret in its first part (the month), as a Tab into it does.
    await page.locator('input[name="from"]').focus();
    await page.keyboard.type('01012024');
    // Leaving the field (Tab stops first at the field's own calendar button, so a click elsewhere).
    await page.locator('h1').click();
    await page.waitForURL(/from=2024-01-01/, { timeout: WAIT_MS });
    expect([...new Set(asked)]).toEqual(['2024-01-01']);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.close();
  });

  test('a year before 1945 is refused with a message naming the field', async () => {
    const page = await ctx.browser.newPage();
    await ready(page);
    await page.locator('input[name="to"]').focus();
    await page.keyboard.type('01011900');
    await page.keyboard.press('Enter');
    expect(await textOf(page.getByTestId('date-problem'))).toBe('To: years before 1945 are not accepted.');
    expect(new URL(page.url()).searchParams.has('to')).toBe(false);
    await page.close();
  });

  test('more than ten donors get a box to type a name into', async () => {
    const { createPledge } = await import('../../db/pledges/writes');
    for (let i = 1; i <= 11; i++) {
      await createPledge(
        {
          donor: `Donor Land ${i}`,
          recipient: 'Ukraine',
          title: `Filter test ${i}`,
          category: 'humanitarian',
          stage: 'committed',
          amount: '1000',
          currency: 'USD',
          announcedOn: '2024-02-01',
          sources: [
            {
              url: `https://example.org/${i}`,
              publisher: 'Test',
              title: 'Note',
              publishedOn: '2024-02-01',
              quote: `Donor Land ${i} gives.`,
            },
          ],
        },
        { id: null, label: 'e2e' },
      );
    }
    const page = await ctx.browser.newPage();
    await ready(page);
    await page.locator('summary', { hasText: 'Donor' }).click();
    const box = page.getByLabel('Find a donor');
    await hydrated(box);
    await box.fill('land 1');
    // "Donor Land 1", "Donor Land 10" and "Donor Land 11" match; Japan and the others do not.
    await eventually(() =>
      page.locator('details[data-filter="donor"] input[type="checkbox"]:visible').count(),
    ).toBe(3);
    await page.close();
  });
});

describe('accessibility once the charts are drawn', () => {
  for (const width of [1280, 390]) {
    test(`no axe violations on the public pages at ${width} px`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      for (const url of ['/', '/donors/japan', '/recipients/ukraine']) {
        await page.goto(ctx.server.url + url);
        await page.waitForSelector('.recharts-wrapper svg .recharts-area', {
          state: 'attached',
          timeout: WAIT_MS,
        });
        await page.evaluate(axeSource);
        const result = await page.evaluate(() =>
          (
            window as unknown as {
              axe: {
                run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
        );
        expect(
          result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          url,
        ).toEqual([]);
      }
      await page.close();
    });
  }
});
