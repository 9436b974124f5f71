import { describe, test, expect } from 'vitest';
import { readJsonObject, assertKnownFields } from '../../lib/api/body';
import { type ApiError, errorResponse } from '../../lib/api/errors';
import { assertKnownParams, parseFilterParams, intParam, FILTER_PARAMS } from '../../lib/api/query';
import { isNotModified, validatorsFor } from '../../lib/api/http-cache';
import { buildOpenApiDocument } from '../../lib/api/openapi';
import { ENDPOINTS } from '../../lib/api/endpoints';
import { ValidationError, VersionConflictError } from '../../lib/validation';

const post = (
  body: BodyInit | null,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) =>
  new Request('http://x/api', {
    method: 'POST',
    body,
    headers,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);

async function refusal(p: Promise<unknown> | (() => unknown)): Promise<ApiError | ValidationError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('readJsonObject', () => {
  test('accepts a JSON object with a charset parameter', async () => {
    await expect(
      readJsonObject(post('{"a":1}', { 'Content-Type': 'application/json; charset=utf-8' })),
    ).resolves.toEqual({ a: 1 });
  });

  test.each([
    ['no content type', post('{}', {}), 415],
    ['text/plain', post('{}', { 'Content-Type': 'text/plain' }), 415],
    [
      'declared too large',
      post('{}', { 'Content-Type': 'application/json', 'Content-Length': '2000000' }),
      413,
    ],
    ['malformed', post('{"a":'), 400],
    ['empty', post(''), 400],
    ['array', post('[1]'), 400],
    ['null', post('null'), 400],
    ['invalid UTF-8', post(new Uint8Array([0x22, 0xff, 0x22])), 400],
  ])('%s → %i', async (_name, request, status) => {
    expect(((await refusal(readJsonObject(request))) as ApiError).status).toBe(status);
  });

  test('counts the bytes that arrive, whatever Content-Length says', async () => {
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new Uint8Array(600));
        c.enqueue(new Uint8Array(600));
        c.close();
      },
    });
    expect(((await refusal(readJsonObject(post(stream), 1000))) as ApiError).status).toBe(413);
  });

  test('names unknown fields one by one', async () => {
    const e = (await refusal(() =>
      assertKnownFields({ title: 'x', colour: 'red', size: 1 }, ['title'], 'a pledge'),
    )) as ValidationError;
    expect(Object.keys(e.fields)).toEqual(['colour', 'size']);
  });
});

describe('query parameters', () => {
  const q = (s: string) => new URLSearchParams(s);
  test('unknown and bad parameters are named; good ones parse', async () => {
    expect(
      ((await refusal(() => assertKnownParams(q('donors=japan'), FILTER_PARAMS))) as ApiError).options.fields,
    ).toHaveProperty('donors');
    const bad = (await refusal(() =>
      parseFilterParams(q('stage=x&to=2024-01-01&from=2025-01-01&currency=ZZZ'), ['USD']),
    )) as ApiError;
    expect(Object.keys(bad.options.fields!).sort()).toEqual(['currency', 'from', 'stage']);
    expect(bad.message).not.toMatch(/ignored/);
    expect(parseFilterParams(q('donor=japan,germany&currency=eur'), ['USD', 'EUR'])).toMatchObject({
      donor: ['japan', 'germany'],
      currency: 'EUR',
    });
    expect(intParam(q('limit=20'), 'limit', 1, 500, 100)).toBe(20);
    for (const v of ['0', '501', '1.5', '-1', 'ten'])
      expect(
        ((await refusal(() => intParam(q(`limit=${v}`), 'limit', 1, 500, 100))) as ApiError).status,
      ).toBe(400);
    expect(
      ((await refusal(() => intParam(q('limit=1&limit=2'), 'limit', 1, 500, 100))) as ApiError).message,
    ).toMatch(/once/);
  });
});

describe('conditional requests', () => {
  const v = validatorsFor({ version: 7, changedAt: '2025-03-01T10:00:00.500Z' });
  const h = (init: Record<string, string>) => new Headers(init);
  test('ETag (weak comparison) and Last-Modified', () => {
    expect(isNotModified(h({ 'If-None-Match': v.etag }), v)).toBe(true);
    expect(isNotModified(h({ 'If-None-Match': `"other", ${v.etag.replace('W/', '')}` }), v)).toBe(true);
    expect(isNotModified(h({ 'If-None-Match': '"other"', 'If-Modified-Since': v.lastModified! }), v)).toBe(
      false,
    );
    expect(isNotModified(h({ 'If-Modified-Since': v.lastModified! }), v)).toBe(true);
    expect(isNotModified(h({ 'If-Modified-Since': 'Sat, 01 Mar 2025 09:59:59 GMT' }), v)).toBe(false);
    expect(isNotModified(h({}), v)).toBe(false);
    expect(validatorsFor({ version: 8, changedAt: '2025-03-01T10:00:00.500Z' }).etag).not.toBe(v.etag);
  });
});

describe('errors and OpenAPI', () => {
  test('domain errors map to statuses with the uniform shape', async () => {
    const validation = errorResponse(new ValidationError({ title: ['Title is required'] }));
    expect(validation.status).toBe(422);
    expect(await validation.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Title is required',
        fields: { title: ['Title is required'] },
      },
    });
    expect(errorResponse(new VersionConflictError(1, 2, 'Ann', '2025-01-01')).status).toBe(409);
  });

  test('every endpoint is in the document with its schemas resolvable', () => {
    const doc = buildOpenApiDocument() as any;
    for (const e of ENDPOINTS) expect(doc.paths[e.path][e.method].responses[e.success.status]).toBeDefined();
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g)!;
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined();
    expect(doc.components.schemas.PledgeInput.required).toEqual([
      'donor',
      'recipient',
      'title',
      'category',
      'stage',
    ]);
    expect(doc.components.schemas.PledgePatch.required).toEqual(['version']);
  });

  test('the document describes the stage dates and the period in requests and responses, and the stage cancelled', () => {
    const schemas = (buildOpenApiDocument() as any).components.schemas;
    const fields = ['committedOn', 'allocatedOn', 'disbursedOn', 'cancelledOn', 'periodStart', 'periodEnd'];
    for (const name of ['PledgeInput', 'PledgePatch', 'PledgeDetail']) {
      expect(fields.filter((f) => !schemas[name].properties[f]?.description)).toEqual([]);
    }
    expect(schemas.PledgeDetail.properties.stage.enum).toContain('cancelled');
  });
});
