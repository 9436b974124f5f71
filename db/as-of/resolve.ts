// `asOf` from a request to the cut-off timestamp the as-of record is rebuilt at (db/as-of/pledges-at.ts).
import { AS_OF_LABEL, AS_OF_PARAM, cutOffOf, parseAsOf } from '../../lib/as-of';
import { ValidationError } from '../../lib/validation';
import { resolveReleaseCut } from '../releases';

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
    case 'release': {
      const cut = await resolveReleaseCut(spec.name);
      if (cut === null)
        throw new ValidationError({
          [AS_OF_PARAM]: [`${AS_OF_LABEL} "release:${spec.name}" names no release; see /releases`],
        });
      return cut;
    }
  }
}
