// A release's input: one schema for the editor's form and the verb (db/releases/cut.ts). The name
// becomes part of addresses (/releases/2026-12, asOf=release:2026-12), so it is kept to letters,
// digits and a few separators that no URL, query string or file name has to escape.
import { z } from 'zod';

import { RELEASE_NAME_MAX, RELEASE_NAME_PATTERN } from './release-name';

export { RELEASE_AS_OF_PREFIX, RELEASE_NAME_MAX, RELEASE_NAME_PATTERN, isReleaseName } from './release-name';
export const RELEASE_NOTE_MAX = 2000;

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
