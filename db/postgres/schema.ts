// The tables of db/schema.ts for PostgreSQL, column for column: the same names, nullability,
// defaults, CHECKs and indexes, so every verb reads and writes the same shapes on both engines
// (tests/unit/engine-schemas.test.ts compares the two). Where the engines differ:
// - money (`amount`, `amount_usd`) is bigint: minor units overflow a 32-bit integer;
// - `fx_rate` is double precision (`real` would be float4 and round 151.234567);
// - booleans are booleans; ids are identity columns BY DEFAULT, so the import may still write
//   explicit ids (it reserves them from the sequence);
// - timestamps stay ISO 8601 text in UTC, written by the same expression SQLite uses, so ordering
//   and comparisons are byte-for-byte the same (the cluster's collation is C).
import { sql } from 'drizzle-orm';
import {
  pgTable,
  text,
  integer,
  bigint,
  boolean,
  doublePrecision,
  index,
  uniqueIndex,
  primaryKey,
  check,
} from 'drizzle-orm/pg-core';
import { checksOf } from '../table-checks';
import {
  PARTY_KINDS,
  CATEGORIES,
  INSTRUMENTS,
  STAGES,
  PLEDGE_KINDS,
  DATE_PRECISIONS,
  ROLES,
  REVISION_ACTIONS,
  FX_SOURCES,
  AUDIT_EVENTS,
} from '../../lib/domain';

const now = sql`(to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
const id = () => integer('id').primaryKey().generatedByDefaultAsIdentity();
const money = (name: string) => bigint(name, { mode: 'number' });

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name'),
    nameNeedsReview: boolean('name_needs_review').notNull().default(false),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    disabledAt: text('disabled_at'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), ...checksOf('users', check)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    label: text('label').notNull().default(''),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: text('created_at').notNull().default(now),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
    expiresAt: text('expires_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    authenticatedAt: text('authenticated_at').notNull().default(now),
    lastSeenAt: text('last_seen_at'),
    endedAt: text('ended_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: text('at').notNull().default(now),
    event: text('event', { enum: AUDIT_EVENTS }).notNull(),
    actorId: integer('actor_id').references(() => users.id),
    subjectId: integer('subject_id').references(() => users.id),
    detail: text('detail').notNull().default(''),
    address: text('address'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), ...checksOf('audit_log', check)],
);

export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: text('last_failure_at'),
  lockedUntil: text('locked_until'),
});

export const parties = pgTable(
  'parties',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    nameKey: text('name_key'),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    iso3: text('iso3'),
    /** The month (1–12) the party's fiscal year starts in (Japan: 4); null = the calendar year. */
    fiscalYearStartMonth: integer('fiscal_year_start_month'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('parties_slug_unique').on(t.slug),
    uniqueIndex('parties_name_key_unique').on(t.nameKey),
    ...checksOf('parties', check),
  ],
);

export const pledges = pgTable(
  'pledges',
  {
    id: id(),
    externalId: text('external_id'),
    donorId: integer('donor_id')
      .notNull()
      .references(() => parties.id),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => parties.id),
    title: text('title').notNull(),
    description: text('description'),
    category: text('category', { enum: CATEGORIES }).notNull(),
    instrument: text('instrument', { enum: INSTRUMENTS }).notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    kind: text('kind', { enum: PLEDGE_KINDS }).notNull().default('item'),
    isLowerBound: boolean('is_lower_bound').notNull().default(false),
    parentId: integer('parent_id').references((): any => pledges.id),
    amount: money('amount'),
    currency: text('currency'),
    amountUsd: money('amount_usd'),
    fxRate: doublePrecision('fx_rate'),
    fxDate: text('fx_date'),
    fxSource: text('fx_source', { enum: FX_SOURCES }),
    announcedOn: text('announced_on'),
    datePrecision: text('date_precision', { enum: DATE_PRECISIONS }).notNull().default('day'),
    // The date each later stage was reached, each at its own precision like announced_on (lib/stage-dates.ts).
    committedOn: text('committed_on'),
    committedPrecision: text('committed_precision', { enum: DATE_PRECISIONS }).notNull().default('unknown'),
    allocatedOn: text('allocated_on'),
    allocatedPrecision: text('allocated_precision', { enum: DATE_PRECISIONS }).notNull().default('unknown'),
    disbursedOn: text('disbursed_on'),
    disbursedPrecision: text('disbursed_precision', { enum: DATE_PRECISIONS }).notNull().default('unknown'),
    cancelledOn: text('cancelled_on'),
    cancelledPrecision: text('cancelled_precision', { enum: DATE_PRECISIONS }).notNull().default('unknown'),
    /** A multi-year pledge's period as written: YYYY, YYYY-MM or YYYY-MM-DD. */
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    retractedAt: text('retracted_at'),
    retractionReason: text('retraction_reason'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('pledges_external_id_unique').on(t.externalId),
    index('pledges_announced_on_idx').on(t.announcedOn),
    index('pledges_donor_idx').on(t.donorId, t.announcedOn),
    index('pledges_recipient_idx').on(t.recipientId, t.announcedOn),
    index('pledges_category_stage_idx').on(t.category, t.stage),
    index('pledges_parent_idx').on(t.parentId),
    index('pledges_updated_at_idx').on(t.updatedAt),
    index('pledges_reported_idx').on(t.announcedOn).where(sql`kind = 'reported_total'`),
    ...checksOf('pledges', check),
  ],
);

export const sources = pgTable(
  'sources',
  {
    id: id(),
    url: text('url'),
    publisher: text('publisher'),
    title: text('title').notNull(),
    publishedOn: text('published_on'),
    accessedOn: text('accessed_on'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('sources_url_unique').on(t.url)],
);

export const pledgeSources = pgTable(
  'pledge_sources',
  {
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    quote: text('quote').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.pledgeId, t.sourceId] }),
    index('pledge_sources_source_idx').on(t.sourceId),
  ],
);

export const revisions = pgTable(
  'revisions',
  {
    id: id(),
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    action: text('action', { enum: REVISION_ACTIONS }).notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    at: text('at').notNull().default(now),
    reason: text('reason'),
    changes: text('changes').notNull(),
    version: integer('version').notNull(),
  },
  (t) => [
    index('revisions_pledge_idx').on(t.pledgeId, t.id),
    index('revisions_at_idx').on(t.at),
    ...checksOf('revisions', check),
  ],
);

export const fxRates = pgTable(
  'fx_rates',
  {
    currency: text('currency').notNull(),
    month: text('month').notNull(),
    unitsPerUsd: doublePrecision('units_per_usd').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.month] }), ...checksOf('fx_rates', check)],
);

export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const releases = pgTable(
  'releases',
  {
    id: id(),
    name: text('name').notNull(),
    cutAt: text('cut_at').notNull().default(now),
    note: text('note'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('releases_name_unique').on(t.name), index('releases_cut_at_idx').on(t.cutAt)],
);
