// What the editor form shows beside a source's URL: GET /editor/sources?url=…&pledge=4 → the
// stored document's details (to pre-fill and confirm) and how many pledges cite it. Read-only.
import { NextResponse, type NextRequest } from 'next/server';
import { requireEditor } from '@/auth';
import { findSourceByUrl } from '@/db/pledges';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  await requireEditor();
  const params = request.nextUrl.searchParams;
  const url = (params.get('url') ?? '').trim().slice(0, 2000);
  const pledge = Number(params.get('pledge'));
  const found = url
    ? await findSourceByUrl(url, Number.isSafeInteger(pledge) && pledge > 0 ? pledge : null)
    : null;
  return NextResponse.json(found ? { found: true, ...found } : { found: false });
}
