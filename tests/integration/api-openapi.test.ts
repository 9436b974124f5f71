// The OpenAPI document describes exactly the routes that exist; any other path is the API's JSON 404.
import fs from 'node:fs';
import path from 'node:path';
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape } from './api-support';
import { addSyntheticPledges } from '../support/synthetic';

let server: RunningServer;
let base: string;

beforeAll(async () => {
  server = await startApiServer();
  base = server.url;
  await addSyntheticPledges({ count: 3000, seed: 7 });
});
afterAll(async () => {
  await server?.stop();
});

describe('OpenAPI', () => {
  test('describes exactly the routes and methods that exist', async () => {
    const root = path.resolve(__dirname, '../../app/api/v1');
    const found: string[] = [];
    for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
      if (path.basename(file) !== 'route.ts') continue;
      const url = `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, '{$1}');
      const mod = await import(path.join(root, file));
      for (const [name, handler] of Object.entries(mod)) {
        if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(name)) continue;
        const marks = handler as { methodNotAllowed?: boolean; unknownEndpoint?: boolean };
        if (marks.methodNotAllowed || marks.unknownEndpoint) continue;
        found.push(`${name.toLowerCase()} ${url}`);
      }
    }
    const doc = (await call(base, 'GET', '/api/v1/openapi.json')).json;
    expect(doc.openapi).toBe('3.1.0');
    const described = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops as object).map((m) => `${m} ${p}`),
    );
    expect(described.sort()).toEqual(found.sort());
    expect(doc.components.schemas.PledgeInput.additionalProperties).toBe(false);
    const page = await fetch(`${base}/api`).then((r) => r.text());
    for (const entry of found) expect(page).toContain(entry.split(' ')[1]);
  });

  test("a path no endpoint answers gets the API's JSON 404 for any method, not the site's page", async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/pledge'],
      ['POST', '/api/v1/pledges/1/sources'],
      ['DELETE', '/api/v1/v2/summary'],
    ]) {
      const res = await call(base, method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expectErrorShape(res.json);
      expect(res.json.error.message).toContain(path);
    }
  });
});
