// /changes.atom is well-formed Atom 1.0 whatever the record holds: the served feed and the writer
// itself (lib/changes-atom.ts, hand-written XML) are parsed by Chromium's strict XML parser after
// hostile names, titles and reasons — markup characters, `]]>`, control characters, every script.
import { describe, test, expect, beforeAll } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { createPledge, retractPledge } from '../../db/pledges/writes';
import { atomXml, htmlText } from '../../lib/changes-atom';
import { expectAtom, parseAtomXml } from '../support/atom-feed';

const ctx = useServerAndBrowser({ openDatabase: true });
const HOSTILE = 'A<b>&amp; "q" \'s\' ]]> <!-- x --> <![CDATA[ y ]]> \u0001\u000B\uFFFE 日本 Україна عربى 🚀';
const SHOWN = HOSTILE.replace(/[\u0001\u000B\uFFFE]/g, '\uFFFD');

const parseAtom = (xml: string) => parseAtomXml(ctx.browser, xml);

beforeAll(async () => {
  const actor = { id: null, label: `Editor ${HOSTILE}` };
  const p = await createPledge(
    {
      donor: `Donor ${HOSTILE}`,
      recipient: 'Ukraine',
      title: `Title ${HOSTILE}`,
      category: 'humanitarian',
      stage: 'committed',
      amount: '1000',
      currency: 'USD',
      announcedOn: '2024-02-01',
      sources: [{ url: 'https://example.org/a', publisher: 'P', quote: `Quote ${HOSTILE}` }],
    },
    actor,
  );
  await retractPledge({ id: p.id, input: { reason: `Reason ${HOSTILE}` }, expectedVersion: 1, actor });
});

describe('/changes.atom', () => {
  test('is well-formed Atom 1.0 with every required element, hostile text kept as text', async () => {
    const res = await fetch(`${ctx.server.url}/changes.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const parsed = await parseAtom(await res.text());
    expectAtom(parsed);
    const [retraction, created] = parsed.entries;
    expect(retraction.title).toBe(`Retraction: Title ${SHOWN} (Donor ${SHOWN} → Ukraine)`);
    expect(retraction.author).toBe(`Editor ${SHOWN}`);
    expect(created.title.startsWith('New pledge: ')).toBe(true);
    expect(parsed.feed.updated).toBe(retraction.updated);
  });

  test('carries each entry as HTML whose hostile text is text, not markup', async () => {
    const parsed = await parseAtom(await (await fetch(`${ctx.server.url}/changes.atom`)).text());
    const page = await ctx.browser.newPage();
    try {
      const shown = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return {
          text: doc.body.textContent,
          elements: [...doc.body.querySelectorAll('*')].map((e) => e.localName),
        };
      }, parsed.entries[0].content);
      expect(parsed.entries[0].type).toBe('html');
      expect(shown.text).toContain(`Reason ${SHOWN}`);
      expect(new Set(shown.elements)).toEqual(new Set(['p', 'ul', 'li']));
    } finally {
      await page.close();
    }
  });

  test('takes the filters of /changes and refuses a bad one by name', async () => {
    const filtered = await parseAtom(
      await (await fetch(`${ctx.server.url}/changes.atom?recipient=ukraine&since=2000-01-01`)).text(),
    );
    expectAtom(filtered);
    expect(filtered.feed.self).toContain('/changes.atom?recipient=ukraine&since=2000-01-01');
    const none = await parseAtom(
      await (await fetch(`${ctx.server.url}/changes.atom?since=2999-01-01`)).text(),
    );
    expectAtom(none);
    expect(none.entries).toEqual([]);
    const bad = await fetch(`${ctx.server.url}/changes.atom?since=someday`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('since "someday" is not a date');
  });
});

describe('the Atom writer', () => {
  test('keeps a document well-formed for NUL, every control character and lone surrogates', async () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    const nasty = `${controls}\uD800x\uDFFF ]]> </feed>&`;
    const xml = atomXml({
      id: `urn:x:${nasty}`,
      title: nasty,
      subtitle: nasty,
      updated: '2026-12-03T10:00:00.000Z',
      author: nasty,
      selfUrl: `https://example.org/?a=${nasty}`,
      htmlUrl: 'https://example.org/',
      entries: [
        {
          id: nasty,
          title: nasty,
          updated: '2026-12-03T10:00:00.000Z',
          link: 'https://example.org/"><x',
          author: nasty,
          html: `<p>${htmlText(nasty)}</p>`,
        },
      ],
    });
    const parsed = await parseAtom(xml);
    expectAtom(parsed);
    expect(parsed.entries[0].title).toBe(
      `${'\uFFFD'.repeat(9)}\t\n${'\uFFFD'.repeat(2)}\r${'\uFFFD'.repeat(18)}\uFFFDx\uFFFD ]]> </feed>&`,
    );
    expect(parsed.entries[0].link).toBe('https://example.org/"><x');
  });
});
