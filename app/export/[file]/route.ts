// GET /export/{pledges,summary,series,donors}.csv with the dashboard's filters. Public; cached by the data
// version (ETag, Last-Modified) so a repeated download of unchanged data costs a 304.
import { createHash } from 'node:crypto';
import { getDataVersion } from '@/db/meta';
import { loadFxTable } from '@/db/fx';
import { getDeliveryByDonor, getDonorRanking, getSeries } from '@/db/totals';
import { getReportedClaims } from '@/db/csv-export';
import { openPledgeCsv } from '@/db/csv-export';
import { EXPORT_LIMITS, exportSlots } from '@/db/csv-export';
import { requestAddress } from '@/lib/client-address';
import { parseDateBasis, parseFilters, filtersKey, type PledgeFilters } from '@/lib/filters';
import { todayIso } from '@/lib/dates';
import { PLEDGE_COLUMNS } from '@/lib/csv/columns';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { AS_OF_HEADER } from '@/lib/api/as-of';
import { readAsOf } from '@/app/api/v1/_shared/filters';
import { isNotModified, validatorHeaders, validatorsFor } from '@/lib/api/http-cache';
import { SERIES_COLUMNS, SUMMARY_COLUMNS, seriesRecords, summaryRecords } from '@/lib/csv/totals-records';
import { DONOR_COLUMNS, donorRecords } from '@/lib/csv/donor-records';
import { summaryRowsOf } from '@/lib/csv/delivery-cells';
import { parseRankingParams } from '@/lib/ranking-params';
import { EXPORT_FILES, exportFileName, type ExportFile } from '@/lib/csv/export-href';
import { bytesStream, csvHeader, csvStream } from './csv-stream';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** The pledge export, holding one of the download places until it ends; null when none is free. */
async function pledgesBody(
  request: Request,
  filters: PledgeFilters,
  bom: boolean,
): Promise<ReadableStream<Uint8Array> | null> {
  const release = exportSlots().acquire(requestAddress((name) => request.headers.get(name)));
  if (!release) return null;
  try {
    return bytesStream(csvHeader(PLEDGE_COLUMNS, bom), await openPledgeCsv(filters), {
      ...EXPORT_LIMITS,
      onEnd: release,
    });
  } catch (error) {
    release();
    throw error;
  }
}

async function totalsBody(
  file: ExportFile,
  filters: PledgeFilters,
  bom: boolean,
  params: URLSearchParams,
): Promise<ReadableStream<Uint8Array>> {
  if (file === 'donors') {
    const { ranking } = parseRankingParams(params);
    return csvStream(
      DONOR_COLUMNS,
      [
        donorRecords(await getDonorRanking(filters, { measure: ranking.measure, gdpYear: ranking.gdpYear })),
      ].values(),
      bom,
    );
  }
  const claims = await getReportedClaims(filters);
  if (file === 'summary')
    return csvStream(
      SUMMARY_COLUMNS,
      [summaryRecords(summaryRowsOf(await getDeliveryByDonor(filters)), filters.currency, claims)].values(),
      bom,
    );
  // `dates=reached` places each stage on the date it was reached (a bad value: announcement dates, as on the page).
  const series = await getSeries(filters, 'month', parseDateBasis(params));
  return csvStream(SERIES_COLUMNS, [seriesRecords(series.points, filters.currency, claims)].values(), bom);
}

export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file: name } = await params;
  const file = name.replace(/\.csv$/, '') as ExportFile;
  if (!name.endsWith('.csv') || !EXPORT_FILES.includes(file)) {
    return errorResponse(
      new ApiError(
        404,
        'not_found',
        `no export named ${name.slice(0, 40)}; try ${EXPORT_FILES.map((f) => `${f}.csv`).join(', ')}`,
      ),
    );
  }
  const url = new URL(request.url);
  const parsed = parseFilters(url.searchParams, (await loadFxTable()).currencies()).filters;
  let filters: PledgeFilters;
  try {
    filters = { ...parsed, asOf: await readAsOf(url.searchParams) };
  } catch (error) {
    return errorResponse(error);
  }
  const bom = url.searchParams.get('bom') === '1';
  const { version, changedAt } = await getDataVersion();
  const ranking = file === 'donors' ? JSON.stringify(parseRankingParams(url.searchParams).ranking) : '';
  const dates = file === 'series' ? parseDateBasis(url.searchParams) : '';
  const key = createHash('sha256')
    .update(`${file}:${filtersKey(filters)}:${bom}:${ranking}:${dates}`)
    .digest('base64url')
    .slice(0, 16);
  // The file's validator is the data version's, told apart per file, filters and BOM.
  const validators = validatorsFor({ version, changedAt });
  validators.etag = `W/"${version}-${key}"`;
  const headers: Record<string, string> = {
    ...validatorHeaders(validators),
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ...(filters.asOf ? { [AS_OF_HEADER]: filters.asOf } : {}),
  };
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
  const stream =
    file === 'pledges'
      ? await pledgesBody(request, filters, bom)
      : await totalsBody(file, filters, bom, url.searchParams);
  if (!stream) {
    return errorResponse(
      new ApiError(503, 'busy', 'too many exports are running; try again shortly', {
        headers: { 'Retry-After': String(EXPORT_LIMITS.retryAfterSeconds) },
      }),
    );
  }
  return new Response(stream, {
    headers: {
      ...headers,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(file, filters, todayIso(), { bom })}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
