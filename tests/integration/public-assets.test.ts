// Small things every public page relies on, against the production server: the site's icon exists
// (browsers ask for /favicon.ico on every page), and the API page shows code as code.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('public assets', () => {
  test('/favicon.ico is an icon, not a 404', async () => {
    const res = await fetch(`${server.url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/image\//);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // the ICO header
  });

  test("the API page renders the descriptions' `code` as <code>, with no literal backticks", async () => {
    const html = await (await fetch(`${server.url}/api`)).text();
    const descriptions = [...html.matchAll(/<p class="mt-2 max-w-3xl text-sm">([\s\S]*?)<\/p>/g)].map(
      (m) => m[1],
    );
    expect(descriptions.length).toBeGreaterThan(3);
    expect(descriptions.filter((d) => d.includes('`'))).toEqual([]);
    expect(descriptions.some((d) => d.includes('Follow <code>next</code>'))).toBe(true);
  });
});
