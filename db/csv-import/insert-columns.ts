// The pledges columns an imported row writes, in one list: the INSERT's column names and where each
// value sits in a prepared row (db/csv-import/prepare.ts fills the values, the writers insert them).
import { pledges, type NewPledgeRow } from '../schema';
import { STORED_DATE_KEYS } from '../../lib/stage-dates';

/**
 * The pledges columns an imported row writes, in the order of its values, named by the table's own
 * keys: the compiler refuses a key the table lacks, and INSERT_COLUMNS takes the SQL names from
 * db/schema.ts, so the insert list cannot drift from the table.
 */
export const INSERT_KEYS = [
  'externalId',
  'donorId',
  'recipientId',
  'title',
  'description',
  'category',
  'instrument',
  'stage',
  'kind',
  'isLowerBound',
  'parentId',
  'amount',
  'currency',
  'amountUsd',
  'fxRate',
  'fxDate',
  'fxSource',
  'announcedOn',
  'datePrecision',
  ...STORED_DATE_KEYS,
  'createdBy',
  'updatedAt',
  'updatedBy',
] as const satisfies readonly (keyof NewPledgeRow)[];
export type InsertKey = (typeof INSERT_KEYS)[number];
export const INSERT_COLUMNS: readonly string[] = INSERT_KEYS.map((key) => pledges[key].name);
/** Where each key's value sits in a prepared row's values. */
export const SLOT = Object.fromEntries(INSERT_KEYS.map((key, i) => [key, i])) as Readonly<
  Record<InsertKey, number>
>;
