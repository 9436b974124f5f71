import { NextResponse } from 'next/server';
import { getDataVersion } from '@/db/meta';

export const dynamic = 'force-dynamic';

/** Liveness and the data version: used by start-up checks and monitors. */
export async function GET() {
  return NextResponse.json(
    { ok: true, dataVersion: (await getDataVersion()).version },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
