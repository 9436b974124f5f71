// Where browsers post Content-Security-Policy violations (lib/security-headers.ts names it in
// report-uri and report-to). Public by design: a browser sends reports without a session, and
// proxy.ts lets /api/ through without the editor's same-origin gate. It only writes log lines,
// one per violation and at most LINES_PER_MINUTE, so a flood cannot fill the disk.
import { ApiError, errorResponse } from '@/lib/api/errors';
import { readCapped } from '@/lib/api/body';
import {
  CSP_REPORT_MAX_BYTES,
  CSP_REPORT_TYPES,
  cspViolations,
  describeViolation,
} from '@/lib/api/csp-report';

const LINES_PER_MINUTE = 100;
const minute = { start: 0, lines: 0 };

function log(line: string): void {
  const now = Date.now();
  if (now - minute.start > 60_000) Object.assign(minute, { start: now, lines: 0 });
  if (++minute.lines <= LINES_PER_MINUTE) console.warn(line);
}

export async function POST(request: Request): Promise<Response> {
  try {
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!(CSP_REPORT_TYPES as readonly string[]).includes(type)) {
      throw new ApiError(415, 'unsupported_media_type', `send ${CSP_REPORT_TYPES.join(' or ')}`);
    }
    const bytes = await readCapped(request, CSP_REPORT_MAX_BYTES);
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new ApiError(400, 'malformed_json', 'the report is not UTF-8 JSON');
    }
    for (const violation of cspViolations(type, parsed)) log(describeViolation(violation));
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error, { 'Cache-Control': 'no-store' });
  }
}
