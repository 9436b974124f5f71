import { NextResponse } from 'next/server';
import { getDataVersion } from '@/db/meta';

export const dynamic = 'force-dynamic';

/** Liveness and the data version: used by start-up checks and monitors. */
export function GET() {
  return NextResponse.json({ ok: true, dataVersion: getDataVersion().version }, { headers: { 'Cache-Control': 'no-store' } });
}
