// Reading an Atom feed back as Chromium's strict XML parser sees it, and the elements Atom 1.0
// requires of it, for tests/e2e/changes-atom.test.ts.
import { expect } from 'vitest';
import type { Browser } from 'playwright-core';

export type Parsed = {
  error: string | null;
  root: string;
  ns: string | null;
  feed: Record<string, string | null>;
  entries: {
    id: string;
    title: string;
    updated: string;
    link: string | null;
    author: string;
    content: string;
    type: string | null;
  }[];
};

/** Parses as XML in Chromium (DOMParser: not well-formed yields a <parsererror> document). */
export async function parseAtomXml(browser: Browser, xml: string): Promise<Parsed> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      const root = doc.documentElement;
      const kid = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
      const textOf = (el: Element, name: string) => kid(el, name)?.textContent ?? '';
      const self = [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self');
      return {
        error: error ? error.textContent : null,
        root: root.localName,
        ns: root.namespaceURI,
        feed: {
          id: textOf(root, 'id'),
          title: textOf(root, 'title'),
          updated: textOf(root, 'updated'),
          author: kid(root, 'author') ? textOf(kid(root, 'author')!, 'name') : null,
          self: self?.getAttribute('href') ?? null,
        },
        entries: [...root.children]
          .filter((c) => c.localName === 'entry')
          .map((e) => ({
            id: textOf(e, 'id'),
            title: textOf(e, 'title'),
            updated: textOf(e, 'updated'),
            link: kid(e, 'link')?.getAttribute('href') ?? null,
            author: kid(e, 'author') ? textOf(kid(e, 'author')!, 'name') : '',
            content: textOf(e, 'content'),
            type: kid(e, 'content')?.getAttribute('type') ?? null,
          })),
      };
    }, xml);
  } finally {
    await page.close();
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function expectAtom(parsed: Parsed): void {
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('feed');
  expect(parsed.ns).toBe('http://www.w3.org/2005/Atom');
  expect(parsed.feed.id).not.toBe('');
  expect(parsed.feed.title).not.toBe('');
  expect(parsed.feed.updated).toMatch(RFC3339);
  expect(parsed.feed.author).not.toBe('');
  expect(parsed.feed.self).toMatch(/^https?:\/\//);
  for (const e of parsed.entries) {
    expect(e.id).not.toBe('');
    expect(e.title).not.toBe('');
    expect(e.updated).toMatch(RFC3339);
    expect(e.link).toMatch(/^https?:\/\//);
    expect(e.content).not.toBe('');
  }
}
