// The domain's tables (docs/design.md). snake_case columns for SQL, camelCase keys for TypeScript.
// Every enum is guarded by a CHECK built from lib/domain.ts, and no foreign key cascades: pledges,
// sources and revisions are data we cannot lose (a drizzle table rebuild would delete cascaded rows).
import { sql } from 'drizzle-orm';
import {
  sqliteTable,
  text,
  integer,
  real,
  index,
  uniqueIndex,
  primaryKey,
  check,
} from 'drizzle-orm/sqlite-core';
import { checksOf } from './table-checks';
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
} from '../lib/domain';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    /**
     * The display name every public page shows for this account's edits, never the e-mail. Nullable
     * only because SQLite cannot add NOT NULL to a table other tables reference without a rebuild;
     * lib/user-schema.ts requires it and db/accounts/user-create.ts always writes it.
     */
    name: text('name'),
    /** Set when the name was made from the e-mail's local part: the admin should confirm or change it. */
    nameNeedsReview: integer('name_needs_review', { mode: 'boolean' }).notNull().default(false),
    /** Set by an admin's password reset: the account must choose a new password before using /editor. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    disabledAt: text('disabled_at'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), ...checksOf('users', check)],
);

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    label: text('label').notNull().default(''),
    /** sha256 of the token: the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: text('created_at').notNull().default(now),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
    /** Optional end of life chosen at creation; a token past it is refused like a revoked one. */
    expiresAt: text('expires_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * One row per signed-in browser. The session cookie carries only the id; signing out, disabling
 * the account or changing its password ends the row, and a cookie whose row is ended is refused.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    /** sha256 of the random id the cookie carries. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    /** When the password was last given in this session: sensitive actions ask again after a while. */
    authenticatedAt: text('authenticated_at').notNull().default(now),
    lastSeenAt: text('last_seen_at'),
    endedAt: text('ended_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Events admins review at /editor/audit: sign-ins, role and account changes, tokens, fiscal years, releases. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    event: text('event', { enum: AUDIT_EVENTS }).notNull(),
    /** The account that acted (null for a failed sign-in by an unknown address or the CLI). */
    actorId: integer('actor_id').references(() => users.id),
    /** The account acted upon, when it is not the actor. */
    subjectId: integer('subject_id').references(() => users.id),
    /** What the event concerns in words: the e-mail tried, the new role, the token's label. */
    detail: text('detail').notNull().default(''),
    address: text('address'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), ...checksOf('audit_log', check)],
);

/** Failed logins per account and per address, shared by every server process. */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: text('last_failure_at'),
  lockedUntil: text('locked_until'),
});

export const parties = sqliteTable(
  'parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /**
     * The party's identity (lib/domain.ts partyNameKey): two names with different keys are two
     * parties. Nullable only for the same reason as users.name; db/pledges/parties.ts always writes it and
     * fills it for older rows when the database opens (db/pledges/party-backfill.ts).
     */
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

export const pledges = sqliteTable(
  'pledges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    isLowerBound: integer('is_lower_bound', { mode: 'boolean' }).notNull().default(false),
    parentId: integer('parent_id').references((): any => pledges.id),
    /** Integer minor units of `currency` (ISO 4217 exponent); null = unquantified (counted, never summed). */
    amount: integer('amount'),
    currency: text('currency'),
    /** USD cents at `fx_rate` (units of `currency` per USD) of `fx_date`. */
    amountUsd: integer('amount_usd'),
    fxRate: real('fx_rate'),
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
    // Reported totals are a handful among millions of items: the markers find them without a scan.
    index('pledges_reported_idx').on(t.announcedOn).where(sql`kind = 'reported_total'`),
    ...checksOf('pledges', check),
  ],
);

/** A document: an article, statement or dataset. The quote lives on the link to each pledge. */
export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url'),
    publisher: text('publisher'),
    title: text('title').notNull(),
    publishedOn: text('published_on'),
    accessedOn: text('accessed_on'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('sources_url_unique').on(t.url)],
);

export const pledgeSources = sqliteTable(
  'pledge_sources',
  {
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    /** The sentence of the source that supports this pledge's figure. */
    quote: text('quote').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.pledgeId, t.sourceId] }),
    index('pledge_sources_source_idx').on(t.sourceId),
  ],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    action: text('action', { enum: REVISION_ACTIONS }).notNull(),
    actorId: integer('actor_id').references(() => users.id),
    /** Who, as shown publicly: an editor's display name (never an e-mail), "seed", "import". */
    actorLabel: text('actor_label').notNull(),
    at: text('at').notNull().default(now),
    reason: text('reason'),
    /** JSON: { field: [before, after] } for every field that changed. */
    changes: text('changes').notNull(),
    version: integer('version').notNull(),
  },
  (t) => [
    index('revisions_pledge_idx').on(t.pledgeId, t.id),
    index('revisions_at_idx').on(t.at),
    ...checksOf('revisions', check),
  ],
);

export const fxRates = sqliteTable(
  'fx_rates',
  {
    currency: text('currency').notNull(),
    /** YYYY-MM */
    month: text('month').notNull(),
    unitsPerUsd: real('units_per_usd').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.month] }), ...checksOf('fx_rates', check)],
);

/** Small key/value facts: the data version that caches key on, and when data last changed. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * A named, citable moment of the record ("2026-12"), cut by an admin at /editor/releases. The record
 * as it stood at `cut_at` is rebuilt from the revisions; the release stores only the moment and its note.
 */
export const releases = sqliteTable(
  'releases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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

export type User = typeof users.$inferSelect;
export type ReleaseRow = typeof releases.$inferSelect;
export type Party = typeof parties.$inferSelect;
export type PledgeRow = typeof pledges.$inferSelect;
export type NewPledgeRow = typeof pledges.$inferInsert;
export type SourceRow = typeof sources.$inferSelect;
export type RevisionRow = typeof revisions.$inferSelect;
