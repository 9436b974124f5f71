// Where the login page may send a visitor after sign-in. A phishing link can put anything in
// callbackUrl, and browsers are lenient with a Location: they drop tabs and newlines and read a
// backslash as a slash, so "/\t/evil.example" becomes "//evil.example", another site. Any such
// character refuses the value outright; what remains is resolved as the browser would and kept
// only when it stays on our own origin.

/** Where a visitor goes when callbackUrl is missing or refused. */
export const FALLBACK_PATH = '/editor';
// Base for resolving when the site's address is not configured: only its origin matters.
const PLACEHOLDER_ORIGIN = 'http://tracker.invalid';
// C0 controls, space, DEL, backslash, and the Unicode spaces and separators a URL parser may drop.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x20\x7f\\\u0080-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;

/**
 * A path (with query and fragment) on `siteOrigin` for callbackUrl, or FALLBACK_PATH. An absolute
 * URL on the site itself is reduced to its path; a repeated parameter counts by its first value.
 */
export function safeRedirectPath(
  value: string | string[] | undefined,
  siteOrigin: string | undefined,
): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || UNSAFE.test(raw)) return FALLBACK_PATH;
  let origin: string;
  try {
    origin = new URL(siteOrigin || PLACEHOLDER_ORIGIN).origin;
  } catch {
    origin = PLACEHOLDER_ORIGIN;
  }
  let target: URL;
  try {
    target = new URL(raw, `${origin}/`);
  } catch {
    return FALLBACK_PATH;
  }
  if (target.origin !== origin) return FALLBACK_PATH;
  // A relative value must itself be a path: "editor" or "?x" would resolve against /login's URL.
  if (!raw.startsWith('/') && !raw.toLowerCase().startsWith(`${origin.toLowerCase()}/`)) return FALLBACK_PATH;
  const path = `${target.pathname}${target.search}${target.hash}`;
  return path.startsWith('//') ? FALLBACK_PATH : path;
}
