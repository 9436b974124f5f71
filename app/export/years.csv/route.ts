// GET /export/years.csv: support per year (calendar or each donor's fiscal year, `basis=`) with the
// dashboard's filters — the /years page's and /api/v1/years's figures. Cached by the data version
// like the other exports (app/export/[file]/route.ts).
import { createHash } from 'node:crypto';
import { getDataVersion } from '@/db/meta';
import { loadFxTable } from '@/db/fx';
import { getAnnualView } from '@/db/totals';
import { filtersKey, parseFilters } from '@/lib/filters';
import { todayIso } from '@/lib/dates';
import { isNotModified, validatorHeaders, validatorsFor } from '@/lib/api/http-cache';
import { errorResponse } from '@/lib/api/errors';
import { exportFileName, type ExportFile } from '@/lib/csv/export-href';
import { YEARS_COLUMNS, yearsRecords } from '@/lib/csv/years-records';
import { parseYearBasis } from '@/lib/years-params';
import { csvStream } from '../[file]/csv-stream';
import { readAsOf } from '@/app/api/v1/_shared/filters';
import { AS_OF_HEADER } from '@/lib/api/as-of';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const parsed = parseFilters(url.searchParams, (await loadFxTable()).currencies()).filters;
    const filters = { ...parsed, asOf: await readAsOf(url.searchParams) };
    const basis = parseYearBasis(url.searchParams);
    const bom = url.searchParams.get('bom') === '1';
    const { version, changedAt } = await getDataVersion();
    const key = createHash('sha256')
      .update(`years:${filtersKey(filters)}:${bom}:${basis}`)
      .digest('base64url')
      .slice(0, 16);
    const validators = validatorsFor({ version, changedAt });
    validators.etag = `W/"${version}-${key}"`;
    const headers: Record<string, string> = {
      ...validatorHeaders(validators),
      'Cache-Control': 'public, max-age=0, must-revalidate',
      ...(filters.asOf ? { [AS_OF_HEADER]: filters.asOf } : {}),
    };
    if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
    const view = await getAnnualView(filters, basis);
    // The file is named as the other exports are; `years` is a file of its own route, not of [file]'s list.
    const name = exportFileName('years' as ExportFile, filters, todayIso(), { bom });
    return new Response(csvStream(YEARS_COLUMNS, [yearsRecords(view)].values(), bom), {
      headers: {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
