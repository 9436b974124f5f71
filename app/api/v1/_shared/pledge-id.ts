// The {id} path segment and the conflict answer shared by the /pledges/{id} handlers.
import { getPledge, type PledgeView } from '@/db/pledges';
import { getPledgeAsOf } from '@/db/as-of';
import { asOfLabel } from '@/lib/as-of';
import { ApiError } from '@/lib/api/errors';
import { presentPledgeDetail } from '@/lib/api/present';
import { VersionConflictError } from '@/lib/validation';

export function pledgeIdOf(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1)
    throw new ApiError(
      404,
      'not_found',
      `pledge ${raw.slice(0, 40)} does not exist (ids are positive whole numbers)`,
    );
  return id;
}

/** The pledge now, or as it stood at `asOf` (a pledge not yet recorded then is not found). */
export async function loadPledge(id: number, asOf: string | null = null): Promise<PledgeView> {
  const pledge = await getPledge(id);
  if (!pledge) throw new ApiError(404, 'not_found', `pledge ${id} does not exist`);
  if (!asOf) return pledge;
  const then = await getPledgeAsOf(id, asOf);
  if (!then)
    throw new ApiError(404, 'not_found', `pledge ${id} was not yet recorded as of ${asOfLabel(asOf)}`);
  return then;
}

/** Runs a write; a stale `version` becomes a 409 that carries the record as it is now. */
export async function withConflictAnswer<T>(id: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    const current = await getPledge(id);
    throw new ApiError(409, 'version_conflict', error.message, {
      extra: current ? { current: presentPledgeDetail(current) } : {},
    });
  }
}
