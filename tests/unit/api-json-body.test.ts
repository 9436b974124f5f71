// readJsonObject: a request body is one JSON object within the size limit, or a refusal saying why.
import { describe, test, expect } from 'vitest';
import { refusal } from '../support/api-refusal';
import { readJsonObject, assertKnownFields } from '../../lib/api/body';
import type { ApiError } from '../../lib/api/errors';
import type { ValidationError } from '../../lib/validation';

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
