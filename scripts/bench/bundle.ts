// First-load JS of `/`: every script the page's HTML loads, gzipped, as a browser would fetch it.
import zlib from 'node:zlib';

/** The scripts a page's HTML loads (before anything it fetches later, such as a lazy chart). */
export function htmlScriptSrcs(html: string): string[] {
  // Modern browsers skip `nomodule` scripts (Next's legacy polyfills), so they are not counted.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => !/\bnomodule\b/i.test(t));
  return [...new Set(tags.map((t) => /\bsrc="([^"]+)"/.exec(t)?.[1]).filter((s): s is string => !!s))];
}

export async function firstLoadJsKb(baseUrl: string): Promise<{ kb: number; files: number }> {
  const srcs = htmlScriptSrcs(await (await fetch(`${baseUrl}/`)).text());
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { kb: bytes / 1024, files: srcs.length };
}
