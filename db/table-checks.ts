// The CHECK constraints of every table, written once for both engines: db/schema.ts (SQLite) and
// db/postgres/schema.ts build them with their own dialect's check(). Every enum is guarded by a
// CHECK built from lib/domain.ts, so a value the code does not know can never be stored.
import { sql, type SQL } from 'drizzle-orm';
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
  REACHED_STAGES,
} from '../lib/domain';

function oneOf(column: string, values: readonly string[]): SQL {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

/** Each stage date as announced_on: a precision from the list, and a date exactly when it is known. */
function stageDateChecks(): Record<string, SQL> {
  return Object.fromEntries(
    REACHED_STAGES.flatMap((stage) => [
      [`pledges_${stage}_precision_check`, oneOf(`${stage}_precision`, DATE_PRECISIONS)],
      [`pledges_${stage}_date_check`, sql.raw(`(${stage}_on is null) = (${stage}_precision = 'unknown')`)],
    ]),
  );
}

const TABLE_CHECKS = {
  users: { users_role_check: oneOf('role', ROLES) },
  audit_log: { audit_log_event_check: oneOf('event', AUDIT_EVENTS) },
  parties: {
    parties_kind_check: oneOf('kind', PARTY_KINDS),
    parties_iso3_check: sql`iso3 is null or (length(iso3) = 3 and iso3 = upper(iso3))`,
    parties_fiscal_year_check: sql`fiscal_year_start_month is null or fiscal_year_start_month between 1 and 12`,
  },
  pledges: {
    pledges_category_check: oneOf('category', CATEGORIES),
    pledges_instrument_check: oneOf('instrument', INSTRUMENTS),
    pledges_stage_check: oneOf('stage', STAGES),
    pledges_kind_check: oneOf('kind', PLEDGE_KINDS),
    pledges_date_precision_check: oneOf('date_precision', DATE_PRECISIONS),
    pledges_fx_source_check: sql`fx_source is null or ${oneOf('fx_source', FX_SOURCES)}`,
    pledges_amount_check: sql`amount is null or (amount >= 0 and currency is not null and amount_usd is not null)`,
    pledges_date_check: sql`(announced_on is null) = (date_precision = 'unknown')`,
    ...stageDateChecks(),
    pledges_version_check: sql`version >= 1`,
  },
  revisions: { revisions_action_check: oneOf('action', REVISION_ACTIONS) },
  fx_rates: { fx_rates_positive_check: sql`units_per_usd > 0` },
} satisfies Record<string, Record<string, SQL>>;

/** A table's CHECKs, made with the engine's own `check` builder. */
export function checksOf<T>(table: keyof typeof TABLE_CHECKS, check: (name: string, rule: SQL) => T): T[] {
  return Object.entries(TABLE_CHECKS[table]).map(([name, rule]) => check(name, rule));
}
