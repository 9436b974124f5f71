// The schema for one source of a pledge (an address, a publisher or a title, with its quote);
// lib/pledge-schema.ts lists them under a pledge and re-exports it.
import { z } from 'zod';
import { todayIso } from './dates';
import { SOURCE_LABELS as S } from './pledge-labels';
import { LIMITS } from './pledge-limits';
import { blankToNull, isoDate, optionalText } from './schema-fields';

/** An absolute http(s) address with a host (shared with the import's fast path). */
export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const httpUrl = z.preprocess(
  blankToNull,
  z
    .string({ error: `${S.url} must be text` })
    .trim()
    .max(LIMITS.url, `${S.url} is longer than ${LIMITS.url} characters`)
    .refine(isHttpUrl, `${S.url} must be an http(s) address such as https://example.org/article`)
    .nullish(),
);

/** A source cannot have been published, or read, on a day that has not come yet. */
const notAfterToday =
  (field: 'publishedOn' | 'accessedOn') =>
  (s: { [k in typeof field]?: string | null }, ctx: z.RefinementCtx) => {
    const today = todayIso();
    const date = s[field];
    if (date && date > today)
      ctx.addIssue({ code: 'custom', path: [field], message: `${S[field]} is after today (${today})` });
  };

// Messages about a source's fields read on from "Source N " (validation.ts adds it).
export const sourceInputSchema = z
  .strictObject({
    url: httpUrl,
    publisher: optionalText(S.publisher, LIMITS.publisher),
    title: optionalText(S.title, LIMITS.sourceTitle),
    publishedOn: isoDate(S.publishedOn),
    accessedOn: isoDate(S.accessedOn),
    quote: optionalText(S.quote, LIMITS.quote),
  })
  .refine((s) => s.url || s.publisher || s.title, {
    message: `needs at least a ${S.url}, a ${S.publisher} or a ${S.title}`,
  })
  .superRefine(notAfterToday('publishedOn'))
  .superRefine(notAfterToday('accessedOn'));

export type SourceInputFields = {
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  accessedOn?: string | null;
  quote?: string | null;
};
