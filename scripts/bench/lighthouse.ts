// Figure: Lighthouse's performance score of `/` (its default, mobile settings: a mid-range phone on a
// slow 4G link, simulated), with Debian's Chromium, on the seeded data a new install serves.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import type { Figure } from './report';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

type Audit = { numericValue?: number };

/** One Lighthouse run of `url`: the performance score (0–1) and what weighs most on it. */
export async function lighthouseRun(url: string): Promise<{ score: number; tbtMs: number; lcpMs: number }> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    const lhr = result?.lhr;
    const score = lhr?.categories.performance?.score;
    if (!lhr || typeof score !== 'number') throw new Error(`Lighthouse gave no performance score for ${url}`);
    const audit = (id: string) => (lhr.audits[id] as Audit | undefined)?.numericValue ?? Number.NaN;
    return { score, tbtMs: audit('total-blocking-time'), lcpMs: audit('largest-contentful-paint') };
  } finally {
    chrome.kill();
  }
}

export async function lighthouseFigure(baseUrl: string, runs: number): Promise<Figure> {
  const figure: Figure = {
    name: 'Lighthouse',
    how: 'performance score of / (mobile preset, Chromium, seeded data)',
    runs: [],
    unit: 'score',
    target: { op: '>=', value: 0.9 },
  };
  let last = { tbtMs: 0, lcpMs: 0 };
  for (let i = 0; i < runs; i++) {
    const run = await lighthouseRun(`${baseUrl}/`);
    figure.runs.push(run.score);
    last = run;
  }
  figure.detail = `last run: total blocking time ${Math.round(last.tbtMs)} ms, largest contentful paint ${(last.lcpMs / 1000).toFixed(1)} s`;
  return figure;
}
