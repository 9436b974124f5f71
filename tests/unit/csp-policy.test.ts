// Where the page policy sends violation reports: report-to only where browsers accept its endpoint.
import { describe, test, expect } from 'vitest';
import { canUseReportTo, contentSecurityPolicy } from '../../lib/security-headers';

describe('CSP reporting', () => {
  test('report-to is used on https and on the loopback host, not on plain http elsewhere', () => {
    expect(canUseReportTo('https://tracker.example.org')).toBe(true);
    expect(canUseReportTo('http://127.0.0.1:3000')).toBe(true);
    expect(canUseReportTo('http://localhost:3000')).toBe(true);
    expect(canUseReportTo('http://tracker.example.org')).toBe(false);
    expect(canUseReportTo(undefined)).toBe(false);
  });

  test('without report-to, report-uri still names the endpoint', () => {
    const policy = contentSecurityPolicy('abc', { reportTo: false });
    expect(policy).toContain('report-uri /api/csp-report');
    expect(policy).not.toContain('report-to');
  });
});
