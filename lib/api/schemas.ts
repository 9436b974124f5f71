// The API's bodies as zod schemas. Request bodies reuse the one pledge schema; response shapes are
// declared once (lib/api/pledge-out.ts, lib/api/totals-out.ts, re-exported here), type the presenters
// (lib/api/present.ts) and feed the OpenAPI document.
import { z } from 'zod';
import { pledgeInputSchema, retractSchema, LIMITS } from '../pledge-schema';
import { pledgeDetailOut } from './pledge-out';

export {
  pledgeDetailOut,
  pledgeListOut,
  pledgeOut,
  pledgeRefOut,
  revisionOut,
  sourceOut,
} from './pledge-out';
export { deliveryOut, groupDeliveryOut, seriesOut, summaryOut, totalsOut } from './totals-out';

const versionField = z
  .int({ error: 'version must be the whole number you last read from the pledge' })
  .positive('version must be positive');

/** PATCH: the fields to change, plus the `version` the change is based on. */
export const patchMetaSchema = z.object({
  version: versionField,
  reason: z
    .string({ error: 'reason must be text' })
    .trim()
    .max(LIMITS.reason, `reason is longer than ${LIMITS.reason} characters`)
    .nullish(),
});
export const pledgePatchSchema = pledgeInputSchema.partial().extend(patchMetaSchema.shape);

/** DELETE retracts: a reason is required; `version`, when sent, guards against a stale read. */
export const retractBodySchema = retractSchema.extend({ version: versionField.optional() });

export const errorOut = z.object({
  error: z.object({
    message: z.string(),
    code: z.string(),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('field → problems, for invalid input'),
    current: pledgeDetailOut.optional().describe('on 409: the pledge as it is now'),
  }),
});
