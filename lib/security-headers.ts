// Security headers. The page CSP carries a fresh nonce per request (set by proxy.ts) so Next's
// inline bootstrap scripts run and nothing injected does. Styles allow inline attributes because
// the charts position their SVG with style attributes; scripts never run inline without the nonce.

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

/** The policy of a page served from the shared cache: inline scripts allowed by hash, not nonce. */
export function hashContentSecurityPolicy(scriptHashes: string[]): string {
  return contentSecurityPolicy('unused').replace(/'nonce-unused' 'strict-dynamic'/, scriptHashes.join(' '));
}
