// A release's name as addresses carry it (/releases/2026-12, asOf=release:2026-12). Kept apart from
// lib/release-schema.ts, which needs zod: lib/as-of.ts reads these rules and reaches the browser's
// scripts through lib/filters.ts, where zod must not follow.

export const RELEASE_NAME_MAX = 40;
/** Starts with a letter or digit; then letters, digits, ".", "-" or "_" ("2026-12", "2027-q1.1"). */
export const RELEASE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** What `asOf=` carries before a release's name (db/as-of/resolve.ts reads it). */
export const RELEASE_AS_OF_PREFIX = 'release:';

/** A name as an address may carry it: the form's rule, without messages (a page's [name] segment). */
export const isReleaseName = (value: string): boolean =>
  value.length <= RELEASE_NAME_MAX && RELEASE_NAME_PATTERN.test(value);
