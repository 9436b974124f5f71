import { describe, test, expect } from 'vitest';
import { changeBounds, decodeCursor, encodeCursor, parseChangeQuery } from '../../lib/changes-params';

describe('the change feed query', () => {
  test('a cursor round-trips and is opaque', () => {
    const cursor = { at: '2026-12-03T10:00:00.123Z', id: 42 };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  test.each([
    ['not base64 at all', '%%%'],
    ['JSON of the wrong shape', Buffer.from('{"at":1}').toString('base64url')],
    ['a time not written as the database writes it', Buffer.from('["2026-12-03",1]').toString('base64url')],
    [
      'an id that is not a positive integer',
      Buffer.from('["2026-12-03T10:00:00.123Z",-1]').toString('base64url'),
    ],
    ['bytes that are not JSON', Buffer.from('\u0000[').toString('base64url')],
  ])('a cursor of %s is refused', (_what, text) => {
    expect(decodeCursor(text)).toBeNull();
  });

  test('until includes its whole day, since starts at its midnight (UTC)', () => {
    expect(changeBounds({ since: '2026-02-28', until: '2026-02-28' })).toEqual({
      from: '2026-02-28T00:00:00.000Z',
      before: '2026-03-01T00:00:00.000Z',
    });
  });

  test('each bad value is named and dropped; the dashboard filters that describe pledges are named too', () => {
    const { filters, cursor, problems } = parseChangeQuery(
      new URLSearchParams(
        'donor=japan&donor=Bad Slug&category=tanks&since=2026-02-30&stage=committed&cursor=x',
      ),
    );
    expect(filters).toEqual({ donor: ['japan'], recipient: [], category: [], since: null, until: null });
    expect(cursor).toBeNull();
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['donor', 'category', 'stage', 'since', 'cursor']);
  });

  test('since after until drops both', () => {
    const { filters, problems } = parseChangeQuery({ since: '2026-03-01', until: '2026-02-01' });
    expect([filters.since, filters.until]).toEqual([null, null]);
    expect(problems).toEqual(['since 2026-03-01 is after until 2026-02-01; both ignored']);
  });
});
