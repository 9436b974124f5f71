// The new-pledge form filled with every select and checkbox away from its default, and the checks
// that the page shows and the API stores each choice (tests/e2e/editor-form-choices.test.ts).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './server';
import { apiPledge } from './editor-browser';

/** Every select and checkbox away from its default (the parent select is left out: a reported total cannot be a draw-down). */
const CHOICES = {
  category: 'humanitarian',
  instrument: 'grant',
  stage: 'disbursed',
  kind: 'reported_total',
  datePrecision: 'month',
} as const;

/** Opens the new-pledge form and fills it, every choice away from its default. */
export async function fillEverything(
  page: Page,
  server: RunningServer,
  donor: string,
  recipient: string,
  withPartyKinds: boolean,
) {
  await page.goto(`${server.url}/editor/pledges/new`);
  await page.locator('#donor').fill(donor);
  await page.locator('#recipient').fill(recipient);
  if (withPartyKinds) {
    await page.locator('#donorKind').selectOption('multilateral');
    await page.locator('#recipientKind').selectOption('private');
  }
  for (const [id, value] of Object.entries(CHOICES)) await page.locator(`#${id}`).selectOption(value);
  await page.locator('input[name="isLowerBound"]').check();
  await page.locator('#amount').fill('4,000,000');
  await page.locator('#currency').fill('EUR');
  await page.locator('#fxRate').fill('0.92');
  await page.locator('#announcedOn').fill('2024-02');
  await page.locator('[id="sources.0.url"]').fill(`https://example.org/${encodeURIComponent(donor)}`);
  await page.locator('[id="sources.0.publisher"]').fill('Example Wire');
}

/** The form shows every choice fillEverything made. */
export async function expectChoicesShown(page: Page, withPartyKinds: boolean) {
  for (const [id, value] of Object.entries(CHOICES))
    expect(await page.locator(`#${id}`).inputValue(), id).toBe(value);
  if (withPartyKinds) {
    expect(await page.locator('#donorKind').inputValue()).toBe('multilateral');
    expect(await page.locator('#recipientKind').inputValue()).toBe('private');
  }
  expect(await page.locator('input[name="isLowerBound"]').isChecked()).toBe(true);
  expect(await page.locator('#currency').inputValue()).toBe('EUR');
  expect(await page.locator('#announcedOn').inputValue()).toBe('2024-02');
}

/** The stored pledge, as the API returns it, holds every choice fillEverything made. */
export async function expectChoicesStored(server: RunningServer, id: number, donorKind?: string) {
  const p = await apiPledge(server, id);
  expect({
    category: p.category,
    instrument: p.instrument,
    stage: p.stage,
    kind: p.kind,
    datePrecision: p.datePrecision,
  }).toEqual(CHOICES);
  expect(p.isLowerBound).toBe(true);
  expect(p.currency).toBe('EUR');
  expect(p.amountMinor).toBe(400_000_000);
  expect(p.fxRate).toBe(0.92);
  expect(p.announcedOn).toBe('2024-02-01');
  if (donorKind) expect([p.donor.kind, p.recipient.kind]).toEqual([donorKind, 'private']);
}
