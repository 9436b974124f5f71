// First-load JS of `/`: every script the page's HTML loads, gzipped, as a browser would fetch it.
import zlib from 'node:zlib';

export async function firstLoadJsKb(baseUrl: string): Promise<{ kb: number; files: number }> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  // Modern browsers skip `nomodule` scripts (Next's legacy polyfills), so they are not counted.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/\bnomodule\b/i.test(t));
  const srcs = [...new Set(tags.map((t) => /\bsrc="([^"]+)"/.exec(t)?.[1]).filter((s): s is string => !!s))];
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { kb: bytes / 1024, files: srcs.length };
}
