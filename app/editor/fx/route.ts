// The rate the editor form shows live: GET /editor/fx?currency=JPY&date=2024-01-07 → the monthly
// rate in force (the same lookup saving uses), so the preview and the stored conversion agree.
import { NextResponse, type NextRequest } from 'next/server';
import { requireEditor } from '@/auth';
import { loadFxTable, fxSourceLabel } from '@/db/fx';
import { monthOf } from '@/lib/fx';
import { isKnownCurrency } from '@/lib/money';
import { isRealDate, todayIso } from '@/lib/dates';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  await requireEditor();
  const currency = (request.nextUrl.searchParams.get('currency') ?? '').trim().toUpperCase();
  const date = request.nextUrl.searchParams.get('date') ?? '';
  if (!isKnownCurrency(currency)) {
    return NextResponse.json(
      {
        error: {
          message: `currency "${currency.slice(0, 10)}" is not an ISO 4217 code`,
          code: 'bad_request',
        },
      },
      { status: 400 },
    );
  }
  const onDate = isRealDate(date) ? date : todayIso();
  const found = (await loadFxTable()).rateFor(currency, monthOf(onDate));
  return NextResponse.json({
    currency,
    date: onDate,
    rate: found?.rate ?? null,
    month: found?.month ?? null,
    source:
      currency === 'USD'
        ? fxSourceLabel('same_currency')
        : found
          ? fxSourceLabel('federal_reserve_monthly')
          : null,
  });
}
