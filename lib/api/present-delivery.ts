// A donor's delivery figures (db/totals/delivery.ts) as the API's summary writes them: money twice,
// as an exact decimal and in minor units, like every other amount (lib/api/present.ts).
import type { z } from 'zod';
import { minorToDecimal } from '../money';
import type { Delivery } from '../delivery';
import type { groupDeliveryOut } from './schemas';

export function presentGroupDelivery(d: Delivery, currency: string): z.output<typeof groupDeliveryOut> {
  return {
    disbursed: minorToDecimal(d.disbursed, currency),
    disbursedMinor: d.disbursed,
    committed: minorToDecimal(d.committed, currency),
    committedMinor: d.committed,
    percent: d.percent,
    cancelled: minorToDecimal(d.cancelled, currency),
    cancelledMinor: d.cancelled,
    cancelledCount: d.cancelledCount,
    medianDaysToDisbursement: d.median.days,
    medianPledgeCount: d.median.pledges,
    medianCoarseCount: d.median.coarse,
  };
}
