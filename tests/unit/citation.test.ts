// "Cite this": the plain-text reference, the BibTeX entry and the address they name. The BibTeX half
// is attacked with hostile titles: whatever an editor typed must stay one well-formed field.
import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import {
  bibtexCitation,
  bibtexUrl,
  cleanText,
  escapeBibtex,
  plainCitation,
  type Citation,
} from '../../lib/citation';
import { citationUrl, citedAsOf } from '../../lib/citation-url';
import { parseEntry, unescapeTex } from '../support/bibtex-entry';
import { nastyText, propertyOptions, runs } from '../support/hostile-inputs';

const base: Citation = {
  title: 'Japan → Ukraine: Winter generators',
  url: 'https://tracker.example/pledges/12?asOf=2025-06-30',
  accessed: '2026-12-03',
  year: '2025',
  slug: 'pledge-12',
};

describe('the plain-text citation', () => {
  test('names the tracker, the year, the title, the access date and the address', () => {
    expect(plainCitation(base)).toBe(
      'Aid Pledge Tracker (2025). Japan → Ukraine: Winter generators. Retrieved 2026-12-03, from https://tracker.example/pledges/12?asOf=2025-06-30',
    );
  });

  test('a title with line breaks and control characters reads as one line', () => {
    expect(plainCitation({ ...base, title: 'A\r\nB\u0000\tC\u2028D' })).toContain(
      '(2025). A B C D. Retrieved',
    );
  });
});

describe('the BibTeX entry', () => {
  test('escapes each of TeX’s special characters in the title', () => {
    expect(escapeBibtex('50% & #1 {x}_y $z ^ ~ \\end')).toBe(
      '50\\% \\& \\#1 \\{x\\}\\_y \\$z \\^{} \\~{} \\textbackslash{}end',
    );
  });

  test('keeps every script as it is', () => {
    const title = 'Україна · 日本 · العربية · हिन्दी · ქართული · 👩🏽‍⚕️ · é (e\u0301)';
    const { fields } = parseEntry(bibtexCitation({ ...base, title }));
    expect(fields.title).toBe(`{${title.normalize('NFC')}}`);
  });

  test('is a @misc entry with an ASCII key, the author as one name, url and urldate', () => {
    const entry = parseEntry(bibtexCitation({ ...base, slug: 'Dashboard Україна japan' }));
    expect(entry.type).toBe('misc');
    expect(entry.key).toMatch(/^[a-z0-9-]+$/);
    expect(entry.fields).toMatchObject({
      author: '{Aid Pledge Tracker}',
      year: '2025',
      url: base.url,
      urldate: '2026-12-03',
    });
  });

  test('a hostile title stays one field: it round-trips and leaves no special character bare', () => {
    const hostile = fc.oneof(
      nastyText,
      fc.string({ unit: 'binary' }),
      fc.constantFrom('}', '{', '\\', '},\n  url = {x'),
    );
    fc.assert(
      fc.property(hostile, (title) => {
        const { fields } = parseEntry(bibtexCitation({ ...base, title }));
        const inner = fields.title.slice(1, -1);
        expect(fields.title.startsWith('{') && fields.title.endsWith('}')).toBe(true);
        expect(unescapeTex(inner)).toBe(cleanText(title));
        expect(inner.replace(/\\textbackslash\{\}|\\\^\{\}|\\~\{\}|\\[{}%&#_$]/g, '')).not.toMatch(
          /[\\{}%&#_$^~\n\r]/,
        );
        expect(inner.isWellFormed()).toBe(true);
        expect(Object.keys(fields)).toEqual(['author', 'title', 'year', 'url', 'urldate', 'note']);
      }),
      propertyOptions(runs(300, 5000)),
    );
  });

  test('an address with braces, backslashes or spaces is percent-encoded, not TeX-escaped', () => {
    expect(bibtexUrl('https://x.example/a b?q={1}\\"')).toBe('https://x.example/a%20b?q=%7B1%7D%5C%22');
    expect(bibtexUrl('https://x.example/?donor=japan&a=1%2C2')).toBe(
      'https://x.example/?donor=japan&a=1%2C2',
    );
  });
});

describe('the address a citation names', () => {
  test('carries the view’s query and the asOf, and only the checked asOf', () => {
    const q = new URLSearchParams([
      ['donor', 'japan'],
      ['donor', 'germany'],
      ['asOf', 'junk'],
    ]);
    expect(citationUrl('https://tracker.example', '/', q, '2025-06-30')).toBe(
      'https://tracker.example/?donor=japan&donor=germany&asOf=2025-06-30',
    );
    expect(citationUrl('https://tracker.example/', '/pledges/3', new URLSearchParams(), null)).toBe(
      'https://tracker.example/pledges/3',
    );
  });

  test('asOf is cited when it is a day, a UTC timestamp or a release, and left out otherwise', () => {
    expect(citedAsOf('2025-06-30')).toBe('2025-06-30');
    expect(citedAsOf(['2024-02-29T12:00:00.000Z', 'x'])).toBe('2024-02-29T12:00:00.000Z');
    expect(citedAsOf('release:2026-12')).toBe('release:2026-12');
    for (const bad of ['2025-02-30', '2025-6-30', 'release:', 'release:a b', '2025-06-30T12:00', 'yesterday'])
      expect(citedAsOf(bad)).toBeNull();
    expect(citedAsOf(undefined)).toBeNull();
  });
});
