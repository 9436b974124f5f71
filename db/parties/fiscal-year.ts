// A party's fiscal-year start month (Japan: April), which the annual view counts its pledges by
// (lib/years.ts). Editors set it on /editor/parties; the input is checked by the same schema as the
// form, and a refused value changes nothing.
import { asc, eq, sql } from 'drizzle-orm';
import { read, writeTransaction } from '../connection';
import { parties, pledges } from '../tables';
import { fiscalYearInputSchema } from '../../lib/fiscal-year-schema';
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

/** Sets (or, with an empty value, clears) a party's fiscal-year start month; returns the party as stored. */
export async function setFiscalYearStart(raw: unknown): Promise<FiscalYearParty> {
  const input = parseOrThrow(fiscalYearInputSchema, raw);
  return writeTransaction(async (tx) => {
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
    if (!updated) throw new NotFoundError(`no party with the slug ${input.party}`);
    return updated;
  });
}
