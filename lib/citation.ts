// "Cite this": a page of the tracker as a plain-text reference and a BibTeX entry, each with the
// page's address (its filters and `asOf` included) and the day it was read. Titles are any text an
// editor typed, in any script, so the BibTeX half escapes what TeX would read as markup and leaves
// every other character as it is (biber and biblatex read UTF-8).

export const TRACKER_NAME = 'Aid Pledge Tracker';

export type Citation = {
  /** What the page shows: "Japan → Ukraine: Winter generators". */
  title: string;
  /** The page's full address. */
  url: string;
  /** The day it was read, YYYY-MM-DD (UTC). */
  accessed: string;
  /** The year the cited record is of: the `asOf` day's, else the day it was read. */
  year: string;
  /** Letters, digits and hyphens naming the page ("pledge-12"): the BibTeX key's middle. */
  slug: string;
};

/**
 * Whitespace and control characters as one space (a citation is one line of text), and a lone
 * surrogate, which no UTF-8 file can hold, as U+FFFD.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim();
}

/** `Aid Pledge Tracker (2026). Japan → Ukraine: …. Retrieved 2026-12-03, from https://…` */
export function plainCitation(c: Citation): string {
  const title = cleanText(c.title).replace(/\.$/, '');
  return `${TRACKER_NAME} (${c.year}). ${title}. Retrieved ${c.accessed}, from ${c.url}`;
}

/** TeX's special characters, each as the command that prints it. */
const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Text for a braced BibTeX field: TeX's specials escaped in one pass, every other character kept. */
export function escapeBibtex(text: string): string {
  return cleanText(text).replace(/[\\{}%&#_$^~]/g, (ch) => TEX_SPECIALS[ch]);
}

/**
 * An address for the `url` field, which biblatex reads verbatim: TeX escapes would end up in the
 * address, so whatever could unbalance the field's braces or break the line is percent-encoded
 * instead (an equivalent address).
 */
export function bibtexUrl(url: string): string {
  return url.replace(
    /[\s{}\\"<>^`|\p{Cc}]/gu,
    (ch) =>
      `%${Array.from(new TextEncoder().encode(ch), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join('%')}`,
  );
}

/** "aid-pledge-tracker-pledge-12-2026-12-03": ASCII letters, digits and hyphens only. */
export function citationKey(c: Pick<Citation, 'slug' | 'accessed'>): string {
  const slug = c.slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const day = c.accessed.replace(/[^0-9-]/g, '');
  return ['aid-pledge-tracker', slug, day].filter(Boolean).join('-');
}

/** A `@misc` entry: classic BibTeX styles and biblatex both read it (biblatex also reads url and urldate). */
export function bibtexCitation(c: Citation): string {
  const fields: [string, string][] = [
    // Double braces: a corporate author is one name, and the title keeps its capitals.
    ['author', `{${TRACKER_NAME}}`],
    ['title', `{${escapeBibtex(c.title)}}`],
    ['year', escapeBibtex(c.year)],
    ['url', bibtexUrl(c.url)],
    ['urldate', escapeBibtex(c.accessed)],
    ['note', `Retrieved ${escapeBibtex(c.accessed)}`],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${citationKey(c)},\n${body}\n}`;
}
