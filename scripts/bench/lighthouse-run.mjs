// One Lighthouse run of the address in argv[2] (its default mobile settings, Debian's Chromium),
// printed as JSON: { score, tbtMs, lcpMs }. Plain JavaScript that node runs itself, not through
// tsx: Lighthouse hands functions to the page as their source text, and the helper a TypeScript
// loader adds to them (`__name`) does not exist in the page.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const url = process.argv[2];
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
  if (typeof score !== 'number') throw new Error(`Lighthouse gave no performance score for ${url}`);
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  console.log(
    JSON.stringify({ score, tbtMs: audit('total-blocking-time'), lcpMs: audit('largest-contentful-paint') }),
  );
} finally {
  chrome.kill();
}
