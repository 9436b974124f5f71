import { describe, test, expect } from 'vitest';
import { refusal } from '../support/api-refusal';
import { type ApiError, errorResponse } from '../../lib/api/errors';
import { assertKnownParams, parseFilterParams, intParam, FILTER_PARAMS } from '../../lib/api/query';
import { isNotModified, validatorsFor } from '../../lib/api/http-cache';
import { buildOpenApiDocument } from '../../lib/api/openapi';
import { ENDPOINTS } from '../../lib/api/endpoints';
import { ValidationError, VersionConflictError } from '../../lib/validation';

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
