// The domain's vocabularies (docs/design.md). Every enum the database checks is declared here once
// and the zod schemas, the SQL check constraints and the UI option lists all read from these arrays.

export const PARTY_KINDS = ['government', 'eu_institution', 'multilateral', 'private', 'other'] as const;
export const CATEGORIES = ['military', 'humanitarian', 'financial', 'reconstruction', 'other'] as const;
export const INSTRUMENTS = ['grant', 'loan', 'guarantee', 'in_kind', 'mixed', 'unspecified'] as const;
/**
 * Ordered: a pledge moves announced → committed → allocated → disbursed, or ends `cancelled` (the
 * donor withdrew it: a real event with its date and source, unlike a retraction, which says our
 * record was wrong).
 */
export const STAGES = ['announced', 'committed', 'allocated', 'disbursed', 'cancelled'] as const;
/** The stages after the announcement, each reached on a date of its own (lib/stage-dates.ts). */
export const REACHED_STAGES = ['committed', 'allocated', 'disbursed', 'cancelled'] as const;
export const PLEDGE_KINDS = ['item', 'reported_total'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const ROLES = ['editor', 'admin'] as const;
export const REVISION_ACTIONS = ['create', 'update', 'retract', 'unretract', 'restore'] as const;
/** What the audit log (db/schema.ts auditLog) records. */
export const AUDIT_EVENTS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'setup',
  'invite',
  'role_change',
  'disable',
  'enable',
  'password_change',
  'password_reset',
  'token_create',
  'token_revoke',
  // Editorial changes that are not pledge revisions: a donor's fiscal year (it moves the annual
  // view's figures) and a release cut (a citable label for the record).
  'fiscal_year_change',
  'release_cut',
] as const;
/** Where the rate used for a conversion came from. */
export const FX_SOURCES = ['same_currency', 'federal_reserve_monthly', 'editor'] as const;

export type PartyKind = (typeof PARTY_KINDS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type Stage = (typeof STAGES)[number];
export type ReachedStage = (typeof REACHED_STAGES)[number];
export type PledgeKind = (typeof PLEDGE_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Role = (typeof ROLES)[number];
export type AuditEvent = (typeof AUDIT_EVENTS)[number];
export type RevisionAction = (typeof REVISION_ACTIONS)[number];
export type FxSource = (typeof FX_SOURCES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  military: 'Military',
  humanitarian: 'Humanitarian',
  financial: 'Financial',
  reconstruction: 'Reconstruction',
  other: 'Other',
};

export const STAGE_LABELS: Record<Stage, string> = {
  announced: 'Announced',
  committed: 'Committed',
  allocated: 'Allocated',
  disbursed: 'Disbursed',
  cancelled: 'Cancelled',
};

/**
 * What each stage means (the Kiel Institute's definitions): one map serves the pledge page's
 * "Classified as …" line and the headline cards' notes.
 */
export const STAGE_DEFINITIONS: Record<Stage, string> = {
  announced: 'a statement of intent',
  committed: 'a binding decision to give',
  allocated: 'earmarked for a specific item or project',
  disbursed: 'delivered or paid',
  cancelled: 'withdrawn by the donor',
};

/** "Classified as allocated: earmarked for a specific item or project". */
export const classificationNote = (stage: Stage): string =>
  `Classified as ${stage}: ${STAGE_DEFINITIONS[stage]}`;

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  grant: 'Grant',
  loan: 'Loan',
  guarantee: 'Guarantee',
  in_kind: 'In kind',
  mixed: 'Mixed',
  unspecified: 'Unspecified',
};

/** How a revision reads in the history: "Edited by …". */
export const REVISION_ACTION_LABELS: Record<RevisionAction, string> = {
  create: 'Created',
  update: 'Edited',
  retract: 'Retracted',
  unretract: 'Un-retracted',
  restore: 'Restored an earlier version',
};

export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  government: 'Government',
  eu_institution: 'EU institution',
  multilateral: 'Multilateral',
  private: 'Private',
  other: 'Other',
};

// Also exported here for files still importing them from this one.
export { isSlug } from './party-names';
