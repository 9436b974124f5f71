// `asOf` from a request to the cut-off timestamp the as-of record is rebuilt at (db/as-of/pledges-at.ts).
import { cutOffOf, parseAsOf } from '../../lib/as-of';

/**
 * The cut-off `raw` names (an ISO timestamp, UTC), or null for the current record. Throws
 * ValidationError naming "as of" for a value that is not a real past day or instant. One branch per
 * kind of `asOf` (lib/as-of.ts `AsOfSpec`): a kind that needs the database (a named release) is
 * resolved here, where it can read it.
 */
export async function resolveAsOf(raw: string | null | undefined): Promise<string | null> {
  const spec = parseAsOf(raw);
  if (!spec) return null;
  switch (spec.kind) {
    case 'day':
    case 'instant':
      return cutOffOf(spec);
  }
}
