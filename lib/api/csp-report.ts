// CSP violation reports as browsers send them: the legacy `application/csp-report` body
// ({"csp-report": {...}}, from the policy's report-uri) and the Reporting API's
// `application/reports+json` batch ([{type: "csp-violation", body: {...}}], from report-to).
// Anyone can post here, so every field is untrusted: only short, single-line strings leave.
import { ApiError } from './errors';

export const CSP_REPORT_TYPES = [
  'application/csp-report',
  'application/reports+json',
  'application/json',
] as const;
/** Real reports are a few hundred bytes; a batch rarely more than a few KB. */
export const CSP_REPORT_MAX_BYTES = 8 * 1024;
const MAX_REPORTS = 20;

export type CspViolation = { directive: string; blocked: string; document: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field as one printable line: control characters (a forged "\n" log line) become spaces. */
function field(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '-';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').slice(0, 200);
}

function legacy(report: Json): CspViolation {
  return {
    directive: field(report['effective-directive'] ?? report['violated-directive']),
    blocked: field(report['blocked-uri']),
    document: field(report['document-uri']),
  };
}

function modern(body: Json): CspViolation {
  return {
    directive: field(body.effectiveDirective),
    blocked: field(body.blockedURL),
    document: field(body.documentURL),
  };
}

/** The violations in a decoded body; a body of neither shape is a 400. */
export function cspViolations(contentType: string, parsed: unknown): CspViolation[] {
  if (contentType !== 'application/reports+json' && isObject(parsed) && isObject(parsed['csp-report'])) {
    return [legacy(parsed['csp-report'])];
  }
  if (Array.isArray(parsed)) {
    return parsed
      .slice(0, MAX_REPORTS)
      .filter((r): r is Json => isObject(r) && r.type === 'csp-violation' && isObject(r.body))
      .map((r) => modern(r.body as Json));
  }
  throw new ApiError(400, 'invalid_report', 'expected {"csp-report": {...}} or a JSON array of reports');
}

export function describeViolation(v: CspViolation): string {
  return `csp violation: ${v.directive} blocked ${v.blocked} on ${v.document}`;
}
