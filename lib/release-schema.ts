// A release's input: one schema for the editor's form and the verb (db/releases/cut.ts). The name
// becomes part of addresses (/releases/2026-12, asOf=release:2026-12), so it is kept to letters,
// digits and a few separators that no URL, query string or file name has to escape.
import { z } from 'zod';

export const RELEASE_NAME_MAX = 40;
export const RELEASE_NOTE_MAX = 2000;
/** Starts with a letter or digit; then letters, digits, ".", "-" or "_" ("2026-12", "2027-q1.1"). */
export const RELEASE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** What `asOf=` carries before a release's name (the asOf resolver reads it). */
export const RELEASE_AS_OF_PREFIX = 'release:';

/** The form's labels, which every message about that field begins with. */
export const RELEASE_LABELS = { name: 'Name', note: 'Note' } as const;

export const releaseNameSchema = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(RELEASE_NAME_MAX, `Name is longer than ${RELEASE_NAME_MAX} characters`)
  .regex(
    RELEASE_NAME_PATTERN,
    'Name must start with a letter or digit and hold only letters, digits, ".", "-" and "_" (e.g. 2026-12)',
  );

export const cutReleaseSchema = z.strictObject({
  name: releaseNameSchema,
  /** Optional: an empty note is no note. */
  note: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() || null : (v ?? null)),
    z
      .string({ error: 'Note must be text' })
      .max(RELEASE_NOTE_MAX, `Note is longer than ${RELEASE_NOTE_MAX} characters`)
      .refine(
        (v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v),
        'Note must not contain control characters',
      )
      .nullable(),
  ),
});
export type CutReleaseInput = z.output<typeof cutReleaseSchema>;

/** A name as an address may carry it: the same rule, without messages (a page's [name] segment). */
export const isReleaseName = (value: string): boolean =>
  value.length <= RELEASE_NAME_MAX && RELEASE_NAME_PATTERN.test(value);
