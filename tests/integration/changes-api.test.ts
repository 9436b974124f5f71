// The change feed over HTTP against the production server: /api/v1/changes, its summary and the
// /changes page, on whichever engine the run uses, reading back the story of changes-story.ts.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape } from './api-support';
import { DAYS, DONOR, STORY_NEWEST_FIRST, storyPledge, writeChangeStory } from './changes-story';

let server: RunningServer;
let base: string;

beforeAll(async () => {
  server = await startApiServer();
  base = server.url;
  await writeChangeStory(server.databaseUrl);
});
afterAll(async () => {
  await server?.stop();
});

const changes = async (query: string) => {
  const res = await call(base, 'GET', `/api/v1/changes?${query}`);
  expect(res.status).toBe(200);
  return res.json;
};

const summary = (query: string) => call(base, 'GET', `/api/v1/changes/summary?${query}`);

describe('GET /api/v1/changes', () => {
  test('lists every change newest first, each field by its label and formatted value', async () => {
    const { data } = await changes(`donor=${DONOR}`);
    expect(data.map((c: any) => [c.kind, c.pledge.title])).toEqual(STORY_NEWEST_FIRST);
    const correction = data[2];
    expect(correction.fields).toContainEqual({
      field: 'amount',
      label: 'Amount',
      before: '$5,000,000.00',
      after: '$4,000,000.00',
    });
    expect(correction).toMatchObject({ actor: 'Ada Editor', reason: 'Misread', at: DAYS[1] });
    expect(correction.donor).toEqual({ slug: DONOR, name: 'Changeland' });
    expect(correction.pledge.url).toMatch(new RegExp(`/pledges/${correction.pledge.id}$`));
    expect(correction.effect).toEqual([
      {
        donor: { slug: DONOR, name: 'Changeland' },
        line: 'committed',
        amount: '-1000000',
        amountMinor: -100_000_000,
      },
    ]);
  });

  test('pages by cursor without gaps or repeats while a change is written between pages', async () => {
    const seen: string[] = [];
    let url: string | null = `${base}/api/v1/changes?donor=${DONOR}&limit=2`;
    for (let n = 0; url; n++) {
      const body: any = await (await fetch(url)).json();
      seen.push(...body.data.map((c: any) => `${c.kind} ${c.pledge.title}`));
      if (n === 0) await storyPledge('Written while paging', '10');
      url = body.next;
    }
    expect(seen).toEqual(STORY_NEWEST_FIRST.map(([kind, title]) => `${kind} ${title}`));
  });

  test('since and until select the days the changes were made, both included', async () => {
    const { data } = await changes(`donor=${DONOR}&since=2026-01-20&until=2026-01-20`);
    expect(data.map((c: any) => c.kind)).toEqual(['correction']);
  });

  test('category filters by the pledge, like the dashboard', async () => {
    const { data } = await changes(`donor=${DONOR}&category=humanitarian`);
    expect(data.map((c: any) => c.kind)).toEqual(['cancellation', 'create']);
  });

  test.each([
    ['since=2026-02-30', 'since'],
    ['until=yesterday', 'until'],
    ['since=2026-02-01&until=2026-01-01', 'since'],
    ['cursor=not-a-cursor', 'cursor'],
    ['donor=Not%20A%20Slug', 'donor'],
    ['category=tanks', 'category'],
    ['limit=0', 'limit'],
    ['stage=committed', 'stage'],
  ])('%s is refused with a 400 naming %s', async (query, field) => {
    const res = await call(base, 'GET', `/api/v1/changes?${query}`);
    expect(res.status).toBe(400);
    expectErrorShape(res.json);
    expect(Object.keys(res.json.error.fields ?? {})).toContain(field);
  });
});

describe('GET /api/v1/changes/summary', () => {
  test('gives the effect on the totals per donor and stage, with the changes behind each', async () => {
    const res = await summary(`donor=${DONOR}&since=2026-01-01&until=2026-01-31`);
    expect(res.status).toBe(200);
    expect(res.json.changeCount).toBe(6);
    expect(res.json.rows.map((r: any) => [r.line, r.amount, r.sentence])).toEqual([
      [
        'committed',
        '4000000',
        'Changeland committed +$4.0M: 3 new pledges (+$8.0M), 1 correction (−$1.0M), 1 cancellation (−$2.0M), 1 retraction (−$1.0M)',
      ],
      ['cancelled', '2000000', 'Changeland cancelled +$2.0M: 1 cancellation (+$2.0M)'],
    ]);
  });

  test('a window after every change moves nothing', async () => {
    const res = await summary(`donor=${DONOR}&since=2026-01-31&until=2026-01-31`);
    expect(res.json).toMatchObject({ changeCount: 0, rows: [] });
  });
});

describe('/changes', () => {
  test('leads with the same sentences as the summary, then lists the changes', async () => {
    const html = await (
      await fetch(`${base}/changes?donor=${DONOR}&since=2026-01-01&until=2026-01-31`)
    ).text();
    const text = html.replace(/<[^>]+>/g, '').replace(/<!-- -->/g, '');
    expect(text).toContain('Changeland cancelled +$2.0M: 1 cancellation (+$2.0M)');
    expect(text).toContain('“Misread”');
    expect(text.indexOf('Effect on the totals, from 2026-01-01')).toBeLessThan(
      text.indexOf('Newest changes'),
    );
  });

  test('names each bad filter value instead of failing', async () => {
    const res = await fetch(`${base}/changes?since=2026-13-01&donor=nobody-here&cursor=%%%&stage=committed`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const words of [
      'since &quot;2026-13-01&quot; is not a date',
      'donor &quot;nobody-here&quot; is not a donor',
      'cursor is not one',
      'stage is not a filter',
    ])
      expect(html).toContain(words);
  });

  test('is linked from the site navigation and the OpenAPI document lists its API', async () => {
    expect(await (await fetch(`${base}/`)).text()).toMatch(
      /<nav[^>]*aria-label="Main"[\s\S]*href="\/changes"/,
    );
    const doc = (await call(base, 'GET', '/api/v1/openapi.json')).json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/changes', '/api/v1/changes/summary']),
    );
    expect(doc.components.schemas.ChangeList).toBeDefined();
  });
});
