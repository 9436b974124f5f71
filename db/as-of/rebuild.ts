// How each column of the pledges table is rebuilt as it stood at a cut-off (db/as-of/pledges-at.ts):
// revisions record fields in the snapshot's form (db/pledges/pledge-snapshot.ts `snapshot`), amounts as
// decimals, parties by slug, stage dates as written; each rebuilder turns the value a field had before
// its first change after the cut-off back into its columns, or keeps today's when it has not changed since.
import { sql, type SQL } from 'drizzle-orm';
import { parties } from '../tables';
import { jsonValueAs, roundedWhole } from '../sql-dialect';
import type { PledgeRow } from '../schema';
import { currencyExponent } from '../../lib/money';

export type Key = keyof PledgeRow;
/** The inner row a rebuild reads: today's columns, each recorded field's first change since the cut-off, and facts. */
export type Inner = {
  /** Today's value of a column. */
  now: (key: Key) => SQL;
  /** The `[before, after]` of the first change to `field` after the cut-off; null when unchanged since. */
  changed: (field: string) => SQL;
  /** That change's before-value (SQLite's native value, PostgreSQL's text). */
  before: (field: string) => SQL;
  /** A fact about the pledge's revisions (`pledgesAt` selects them, REVISION_FACTS names them). */
  fact: (name: (typeof REVISION_FACTS)[number]) => SQL;
};
type Rebuild = (at: Inner) => SQL;

/** What the rebuild needs from the revisions besides the fields: the version of the first change after the
 *  cut-off, the last change at or before it (when and by whom), and the reason of the retraction in force. */
export const REVISION_FACTS = ['version_after', 'last_at', 'last_by', 'retract_reason'] as const;

/** A field recorded under its own key, its before-value read as the column's type. */
const field =
  (recorded: Key, type?: Parameters<typeof jsonValueAs>[1]): Rebuild =>
  ({ now, changed, before }) =>
    sql`(case when ${changed(recorded)} is null then ${now(recorded)} else ${type ? jsonValueAs(before(recorded), type) : before(recorded)} end)`;

/** Currencies whose minor unit is not a hundredth (JPY: 0, KWD: 3), to turn a decimal back into minor units. */
const ODD_EXPONENTS = Intl.supportedValuesOf('currency')
  .filter((c) => /^[A-Z]{3}$/.test(c) && currencyExponent(c) !== 2)
  .map((c) => `when '${c}' then ${10 ** currencyExponent(c)}`)
  .join(' ');

const money =
  (recorded: 'amount' | 'amountUsd', currency: Rebuild): Rebuild =>
  (at) =>
    sql`(case when ${at.changed(recorded)} is null then ${at.now(recorded)} when ${at.before(recorded)} is null then null
      else ${roundedWhole(sql`${jsonValueAs(at.before(recorded), 'double')} * (case ${currency(at)} ${sql.raw(ODD_EXPONENTS)} else 100 end)`)} end)`;

const party =
  (recorded: 'donor' | 'recipient', key: 'donorId' | 'recipientId'): Rebuild =>
  ({ now, changed, before }) =>
    sql`(case when ${changed(recorded)} is null then ${now(key)}
      else coalesce((select ${parties.id} from ${parties} where ${parties.slug} = ${before(recorded)}), ${now(key)}) end)`;

/** A stage date is recorded as written ("2024", "2024-05"): stored as its first day, with its precision. */
const stageDay =
  (recorded: Key): Rebuild =>
  ({ now, changed, before }) =>
    sql`(case when ${changed(recorded)} is null then ${now(recorded)}
      else (case length(${before(recorded)}) when 4 then ${before(recorded)} || '-01-01'
            when 7 then ${before(recorded)} || '-01' else ${before(recorded)} end) end)`;
const stagePrecision =
  (recorded: Key, key: Key): Rebuild =>
  ({ now, changed, before }) =>
    sql`(case when ${changed(recorded)} is null then ${now(key)} when ${before(recorded)} is null then 'unknown'
      when length(${before(recorded)}) = 4 then 'year' when length(${before(recorded)}) = 7 then 'month' else 'day' end)`;

const same =
  (key: Key): Rebuild =>
  ({ now }) =>
    now(key);
const currencyThen = field('currency');
const retractedThen = field('retractedAt');

/** Every column of the table, as of the cut-off (the compiler lists a new column here). */
export const REBUILD: Record<Key, Rebuild> = {
  id: same('id'),
  externalId: field('externalId'),
  donorId: party('donor', 'donorId'),
  recipientId: party('recipient', 'recipientId'),
  title: field('title'),
  description: field('description'),
  category: field('category'),
  instrument: field('instrument'),
  stage: field('stage'),
  kind: field('kind'),
  isLowerBound: field('isLowerBound', 'boolean'),
  parentId: field('parentId', 'integer'),
  amount: money('amount', currencyThen),
  currency: currencyThen,
  amountUsd: money('amountUsd', () => sql`'USD'`),
  fxRate: field('fxRate', 'double'),
  fxDate: field('fxDate'),
  // Not recorded in revisions: where the rate came from stays as it is now.
  fxSource: same('fxSource'),
  announcedOn: field('announcedOn'),
  datePrecision: field('datePrecision'),
  committedOn: stageDay('committedOn'),
  committedPrecision: stagePrecision('committedOn', 'committedPrecision'),
  allocatedOn: stageDay('allocatedOn'),
  allocatedPrecision: stagePrecision('allocatedOn', 'allocatedPrecision'),
  disbursedOn: stageDay('disbursedOn'),
  disbursedPrecision: stagePrecision('disbursedOn', 'disbursedPrecision'),
  cancelledOn: stageDay('cancelledOn'),
  cancelledPrecision: stagePrecision('cancelledOn', 'cancelledPrecision'),
  periodStart: field('periodStart'),
  periodEnd: field('periodEnd'),
  retractedAt: retractedThen,
  retractionReason: (at) =>
    sql`(case when ${retractedThen(at)} is null then null else coalesce(${at.fact('retract_reason')}, ${at.now('retractionReason')}) end)`,
  // Each revision records the version it made, one more than the one before it.
  version: (at) => sql`(${at.fact('version_after')} - 1)`,
  createdAt: same('createdAt'),
  createdBy: same('createdBy'),
  updatedAt: (at) => sql`coalesce(${at.fact('last_at')}, ${at.now('createdAt')})`,
  updatedBy: (at) =>
    sql`(case when ${at.fact('last_at')} is null then ${at.now('createdBy')} else ${at.fact('last_by')} end)`,
};
