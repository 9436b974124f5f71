// Security headers. The page CSP carries a fresh nonce per render (set by proxy.ts) so Next's
// inline bootstrap scripts run and nothing injected does. Styles allow inline attributes because
// the charts position their SVG with style attributes; scripts never run inline without the nonce.
// Every page is rendered per request (Next puts the nonce on its scripts only then), so an HTTP
// cache that stores a public page (lib/page-cache.ts) stores it with the policy of that render:
// body and policy travel together, and any change of content is a new render with a new nonce,
// which nothing stored earlier can know. A 304 carries no policy, so the stored pair stays intact.

export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
