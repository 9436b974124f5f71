// Takes the README's screenshots of the seeded dashboard, desktop (1280 px) and phone (390 px):
// `npx tsx scripts/screenshots.ts`. It runs the real `npm start` path (migrate, seed the source
// articles, build if needed, serve) on a fresh temporary database, so the pictures show exactly
// what a new install opens on.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer } from './lib/serve';
import { launchBrowser } from '../tests/support/browser';

const WAIT_MS = 60_000;
const SHOTS = [
  { file: 'docs/screenshot-dashboard.png', width: 1280, height: 900 },
  { file: 'docs/screenshot-dashboard-phone.png', width: 390, height: 844 },
];

/** The date the seeded $1 billion commitment steps the committed line up: the picture shows its read-out. */
const STEP_DATE = '2024-01-07';

/** Finds the date with the keyboard (as a reader would), then hovers there so the read-out shows unfocused. */
async function showReadOutAt(page: Page, date: string): Promise<void> {
  const plot = page.getByTestId('chart-plot');
  const readout = page.getByTestId('chart-readout');
  await plot.focus();
  await page.keyboard.press('Home');
  for (
    let step = 0;
    step < 100 && !((await readout.textContent({ timeout: WAIT_MS })) ?? '').includes(date);
    step++
  ) {
    await page.keyboard.press('ArrowRight');
  }
  if (!((await readout.textContent()) ?? '').includes(date))
    throw new Error(`the chart has no row for ${date}`);
  const line = (await readout.locator('xpath=preceding-sibling::div').boundingBox())!;
  const box = (await plot.boundingBox())!;
  await plot.evaluate((el) => (el as HTMLElement).blur());
  await page.mouse.move(line.x + 2, box.y + box.height * 0.6);
  await readout.waitFor({ timeout: WAIT_MS });
}

async function shoot(browser: Browser, url: string, shot: (typeof SHOTS)[number]): Promise<void> {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: 1,
  });
  await page.goto(url, { timeout: WAIT_MS });
  await page.waitForSelector('.recharts-wrapper svg .recharts-area', { state: 'attached', timeout: WAIT_MS });
  await page.getByTestId('reported-marker').waitFor({ timeout: WAIT_MS });
  await page.evaluate(() => document.fonts.ready);
  // From the top of the page to the end of the chart's figure (the headline, the claim, the chart),
  // all in the window: a full-page capture would scroll, and the hovered read-out would go.
  const figure = (await page.locator('figure[aria-labelledby="cumulative-h"]').boundingBox())!;
  const bottom = Math.ceil(figure.y + figure.height + 16);
  await page.setViewportSize({ width: shot.width, height: bottom });
  await showReadOutAt(page, STEP_DATE);
  await page.screenshot({ path: path.resolve(shot.file) });
  console.log(`${shot.file}: ${shot.width} × ${bottom} px`);
  await page.close();
}

async function main(): Promise<void> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    for (const shot of SHOTS) await shoot(browser, server.url, shot);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
