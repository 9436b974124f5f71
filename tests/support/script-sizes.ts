// The gzip size of every script a page fetches, split into what its HTML loads before the chart and
// what it fetches after hydration, for the first-load budget in tests/e2e/dashboard.test.ts.
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { htmlScriptSrcs } from '../../scripts/bench/bundle';

export type ScriptSizes = { firstLoad: number; everything: number };

/** Starts recording `page`'s scripts; the returned function sums them against the HTML at `url`. */
export function recordScriptSizes(page: Page): (url: string) => Promise<ScriptSizes> {
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    if (r.url().endsWith('.js'))
      scripts.set(
        new URL(r.url()).pathname,
        r.body().then(
          (b) => zlib.gzipSync(b).length,
          () => 0,
        ),
      );
  });
  return async (url) => {
    const sizes = new Map(
      await Promise.all([...scripts].map(async ([src, size]) => [src, await size] as const)),
    );
    const inHtml = new Set(
      htmlScriptSrcs(await (await fetch(url)).text()).map((src) => new URL(src, url).pathname),
    );
    const firstLoad = [...sizes].reduce((sum, [src, size]) => sum + (inHtml.has(src) ? size : 0), 0);
    return { firstLoad, everything: [...sizes.values()].reduce((a, b) => a + b, 0) };
  };
}
