// The change feed as an Atom 1.0 document (RFC 4287). Written by hand rather than with an XML
// library: the project has none, and an Atom feed is a fixed handful of elements whose only
// variable parts are text and attribute values. Every one of those passes through `xmlText`,
// which drops what XML 1.0 cannot carry at all (C0 controls, lone surrogates, U+FFFE/U+FFFF,
// replaced by U+FFFD) and escapes the five markup characters (and tab, LF, CR), so no text can
// open or close an element, a comment or a CDATA section. tests/e2e/changes-atom.test.ts parses
// the output with a strict XML parser (Chromium's DOMParser) after feeding it hostile text.

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Tab, line feed and carriage return as references too: a parser would otherwise read a CR as a
// LF, and all three as spaces inside an attribute value.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

/** Text safe in XML character data and in a quoted attribute value. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]);
}

/** The same escaping for HTML that is itself carried as text (`<content type="html">`). */
export const htmlText = xmlText;

export type AtomEntry = {
  id: string;
  title: string;
  updated: string;
  link: string;
  author: string;
  /** An HTML fragment; its own text must already be escaped with `htmlText`. */
  html: string;
};
export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  author: string;
  selfUrl: string;
  htmlUrl: string;
  entries: AtomEntry[];
};

const element = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;
const link = (href: string, rel: string, type: string) =>
  `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;

export function atomXml(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      element('id', e.id),
      element('title', e.title),
      element('updated', e.updated),
      link(e.link, 'alternate', 'text/html'),
      `<author>${element('name', e.author)}</author>`,
      `<content type="html">${xmlText(e.html)}</content>`,
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feed.id),
    element('title', feed.title),
    element('subtitle', feed.subtitle),
    element('updated', feed.updated),
    `<author>${element('name', feed.author)}</author>`,
    link(feed.selfUrl, 'self', 'application/atom+xml'),
    link(feed.htmlUrl, 'alternate', 'text/html'),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
