// On a phone the filter bar wraps onto several lines: an open panel must push the filters after it
// down, never lie over another filter's button.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { eventually, hydrated } from '../support/wait';

const ctx = useServerAndBrowser();
const FILTERS = ['donor', 'recipient', 'category', 'stage', 'instrument'];
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('an open filter panel', () => {
  for (const width of [390, 1280]) {
    test(`at ${width} px covers no other filter's button`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(ctx.server.url);
      await hydrated(page.locator('input[name="from"]'));
      const controls = 'form[aria-label="Filters"] :is(summary, input[type="date"], select, button, a)';
      for (const name of FILTERS) {
        await page.locator(`details[data-filter="${name}"] > summary`).click();
        const panel = page.locator(`details[data-filter="${name}"][open] > fieldset`);
        await panel.waitFor({ state: 'visible', timeout: 30_000 });
        const panelBox = (await panel.boundingBox())!;
        const others = await page.locator(controls).evaluateAll(
          (els, own) =>
            els
              .filter(
                (el) =>
                  !el.closest(`details[data-filter="${own}"]`) && (el as HTMLElement).offsetParent !== null,
              )
              .map((el) => {
                const r = el.getBoundingClientRect();
                return { what: el.outerHTML.slice(0, 60), x: r.x, y: r.y, width: r.width, height: r.height };
              }),
          name,
        );
        expect(others.length).toBeGreaterThan(5);
        expect(
          others.filter((b) => overlap(panelBox, b)).map((b) => b.what),
          name,
        ).toEqual([]);
        await page.keyboard.press('Escape');
        await eventually(() => page.locator('form[aria-label="Filters"] details[open]').count()).toBe(0);
      }
      await page.close();
    });
  }
});
