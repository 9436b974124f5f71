// A party's fiscal-year start month (Japan: April), which the annual view counts its pledges by
// (lib/years.ts). Editors set it on /editor/parties; the input is checked by the same schema as the
// form, and a refused value changes nothing. A change moves the annual view's figures, so it is
// recorded in the audit log (/editor/audit) with who made it and what the month was before.
import { asc, eq, sql } from 'drizzle-orm';
import { read, writeTransaction } from '../connection';
import { parties, pledges } from '../tables';
import { fiscalYearInputSchema, MONTH_NAMES_LONG } from '../../lib/fiscal-year-schema';
import { recordAudit } from '../accounts/audit';
import { NotFoundError, parseOrThrow } from '../../lib/validation';

export type FiscalYearParty = {
  slug: string;
  name: string;
  kind: string;
  fiscalYearStartMonth: number | null;
};

/** Every party that is the donor of a pledge, by name, with its fiscal-year start month. */
export async function listDonorFiscalYears(): Promise<FiscalYearParty[]> {
  return read(async (db) =>
    (
      await db
        .select({
          slug: parties.slug,
          name: parties.name,
          kind: parties.kind,
          fiscalYearStartMonth: parties.fiscalYearStartMonth,
        })
        .from(parties)
        .where(sql`${parties.id} in (select distinct ${pledges.donorId} from ${pledges})`)
        .orderBy(asc(parties.name))
    ).map((p) => ({
      ...p,
      fiscalYearStartMonth: p.fiscalYearStartMonth == null ? null : Number(p.fiscalYearStartMonth),
    })),
  );
}

const yearStartInWords = (month: number | null) =>
  month == null || month === 1 ? 'the calendar year' : `a fiscal year from ${MONTH_NAMES_LONG[month - 1]}`;

/**
 * Sets (or, with an empty value, clears) a party's fiscal-year start month; returns the party as
 * stored. `actor` is the account that made the change (null for a script).
 */
export async function setFiscalYearStart(
  raw: unknown,
  actor: { id: number | null },
): Promise<FiscalYearParty> {
  const input = parseOrThrow(fiscalYearInputSchema, raw);
  return writeTransaction(async (tx) => {
    const [before] = await tx
      .select({ month: parties.fiscalYearStartMonth })
      .from(parties)
      .where(eq(parties.slug, input.party));
    const [updated] = await tx
      .update(parties)
      .set({ fiscalYearStartMonth: input.fiscalYearStartMonth })
      .where(eq(parties.slug, input.party))
      .returning({
        slug: parties.slug,
        name: parties.name,
        kind: parties.kind,
        fiscalYearStartMonth: parties.fiscalYearStartMonth,
      });
    if (!updated || !before) throw new NotFoundError(`no party with the slug ${input.party}`);
    const was = before.month == null ? null : Number(before.month);
    await recordAudit(
      {
        event: 'fiscal_year_change',
        actorId: actor.id,
        detail: `${updated.name}: ${yearStartInWords(input.fiscalYearStartMonth)} (was ${yearStartInWords(was)})`,
      },
      tx,
    );
    return updated;
  });
}
