// Buckets and their money on each date a line can step on, for the reached-date counting tests.
import type { Bucket, KnownDates } from '../../lib/counting';

export const b = (over: Partial<Bucket>): Bucket => ({
  stage: 'disbursed',
  isDrawdown: false,
  kind: 'item',
  retracted: false,
  quantified: true,
  count: 1,
  value: 100,
  unconverted: 0,
  ...over,
});

export const ALL: KnownDates = { committed: true, allocated: true, disbursed: true, cancelled: true };

export const NONE: KnownDates = { committed: false, allocated: false, disbursed: false, cancelled: false };
