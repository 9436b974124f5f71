// How the browser tests wait: on what the page itself shows (an element, its text, a URL, a
// hydrated form), with one budget sized for a loaded 2-core machine. vitest's expect.poll gives up
// after 1 s by default and a bare locator.count() or page.title() reads once, so both pass on an
// idle machine and fail on a busy one; everything here retries until WAIT_MS has passed.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export const WAIT_MS = 30_000;

/**
 * The time a test that moves tens of thousands of rows (or a dozen imports) may take (an integration test's default is
 * one minute, for a request's worth of work). With two files running at once on a loaded 2-core
 * machine, such a test has taken longer than that minute.
 */
export const HEAVY_TEST_MS = 180_000;

/** expect.poll with the budget: `read` is repeated until the matcher passes or WAIT_MS pass. */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: WAIT_MS, interval: 100 });
}

/** The text of the one element `locator` names, once it is visible. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ state: 'visible', timeout: WAIT_MS });
  return (await locator.textContent({ timeout: WAIT_MS })) ?? '';
}

/**
 * Waits until React has hydrated `locator`'s element (React keys each DOM node it has taken over
 * with `__reactProps$…`). Before that a click is the browser's own: the login form would be sent
 * as a GET to /login and an action form posted as a full page load, so a test that types or
 * clicks straight after page.goto races the page's scripts.
 */
export async function hydrated(locator: Locator): Promise<void> {
  // A Playwright wait, not expect.poll, so that beforeAll hooks can sign in with it too.
  const node = await locator.elementHandle({ timeout: WAIT_MS });
  await locator
    .page()
    .waitForFunction((el) => Object.keys(el!).some((key) => key.startsWith('__reactProps$')), node, {
      timeout: WAIT_MS,
    });
}

/** Opens `url` and waits until the control the test will use first is hydrated. */
export async function openReady(page: Page, url: string, control: Locator): Promise<void> {
  await page.goto(url, { timeout: WAIT_MS });
  await hydrated(control);
}

/** After a click that navigates: waits for the URL, then for the new page's heading. */
export async function arrived(page: Page, url: string | RegExp, heading: string | RegExp): Promise<void> {
  await page.waitForURL(url, { timeout: WAIT_MS });
  await page
    .getByRole('heading', { level: 1, name: heading })
    .waitFor({ state: 'visible', timeout: WAIT_MS });
}
