// The POST a page's form really sends, caught in Chromium before it reaches the server, to be replayed
// with headers and bodies a forger would choose (tests/e2e/editor.test.ts).
import type { Page } from 'playwright-core';
import { eventually } from './wait';

export type CapturedPost = { url: string; headers: Record<string, string>; body: Buffer };

/** Runs `submit` while POSTs to `glob` are caught and aborted; resolves with the first one. */
export async function captureFormPost(page: Page, glob: string, submit: () => Promise<void>) {
  let captured: CapturedPost | null = null;
  await page.route(glob, async (route) => {
    const r = route.request();
    if (r.method() !== 'POST') return route.continue();
    captured = { url: r.url(), headers: await r.allHeaders(), body: r.postDataBuffer()! };
    return route.abort();
  });
  await submit();
  await eventually(() => captured).not.toBeNull();
  return captured! as CapturedPost;
}

/** Sends the caught request again with `headers` (and the caught body unless another is given). */
export const replayPost = (
  request: CapturedPost,
  headers: Record<string, string>,
  body: BodyInit = new Uint8Array(request.body),
) => fetch(request.url, { method: 'POST', headers, body, redirect: 'manual' });
