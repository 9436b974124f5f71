// axe-core from node_modules, run in the page after it has hydrated: every rule, or WCAG 2.1 A and AA.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);
type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };

/** Each violation as "rule: selector, selector", so a failing test names what to fix; every rule by default. */
export async function axeViolations(page: Page, options?: unknown): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP rightly refuses injected inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (o) => (window as unknown as { axe: { run: (o?: unknown) => Promise<AxeResult> } }).axe.run(o),
    options,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The violations of WCAG 2.1 A and AA only. */
export const wcagViolations = (page: Page) =>
  axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
