// Security headers. The page CSP carries a fresh nonce per render (set by proxy.ts) so Next's
// inline bootstrap scripts run and nothing injected does. Every page is rendered per request (Next
// puts the nonce on its scripts only then), so an HTTP cache that stores a public page
// (lib/page-cache.ts) stores it with the policy of that render: body and policy travel together,
// and any change of content is a new render with a new nonce, which nothing stored earlier can
// know. A 304 carries no policy, so the stored pair stays intact.
//
// Styles: <style> and <link rel=stylesheet> elements need 'self' or the nonce (style-src-elem), so
// an injected <style> is refused. Style *attributes* keep 'unsafe-inline' (style-src-attr) because
// recharts positions its SVG and tooltip with style attributes, and React renders style={...} props
// (the charts' legends, bar widths) as attributes in the server HTML; a nonce cannot be put on an
// attribute, and hashes would need 'unsafe-hashes' plus one hash per computed value. An attribute
// can style, but never run script or load anything outside img-src/font-src.
//
// Violations are reported to /api/csp-report (app/api/csp-report/route.ts): report-to for browsers
// with the Reporting API (named by the Reporting-Endpoints header), report-uri for the rest. The
// Reporting API takes only secure endpoints (https, or the loopback host), and a browser that knows
// report-to ignores report-uri, so on a plain-http site report-to is left out and report-uri works.

export const CSP_REPORT_PATH = '/api/csp-report';
/** The Reporting-Endpoints header that gives report-to its group "csp". */
export const REPORTING_ENDPOINTS = `csp="${CSP_REPORT_PATH}"`;

/** True when browsers accept a Reporting API endpoint on this site (NEXTAUTH_URL). */
export function canUseReportTo(siteUrl: string | undefined): boolean {
  try {
    const url = new URL(siteUrl ?? '');
    return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

export function contentSecurityPolicy(
  nonce: string,
  options: { dev?: boolean; reportTo?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
    ...(options.reportTo ? ['report-to csp'] : []),
  ].join('; ');
}
