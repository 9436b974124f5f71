// Parties: one per name (lib/domain.ts partyNameKey), each with a slug of its own. The rule "no two
// parties for one name, no one party for two names" lives here, inside the caller's transaction,
// and in the unique indexes on name_key and slug: two writers creating one name at once (a
// PostgreSQL transaction does not wait for another's reads) end with one party.
import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import { containsText } from '../sql-dialect';
import { one, read, type Tx } from '../connection';
import { onDb } from './on-db';
import { parties, pledges } from '../tables';
import type { Party } from '../schema';
import type { PartyKind } from '../../lib/domain';
import { partyNameKey, slugify } from '../../lib/party-names';
import { iso3ForName } from '../world-bank';

/** The party this name denotes (same name up to case and spacing), or null. */
export async function findPartyByName(name: string, db?: Tx): Promise<Party | null> {
  return onDb(
    db,
    async (d) =>
      (await one(
        d
          .select()
          .from(parties)
          .where(eq(parties.nameKey, partyNameKey(name))),
      )) ?? null,
  );
}

/** The next free slug among `taken`: `base`, else with "-2", "-3" … (shared with db/pledges/party-backfill.sqlite.ts). */
export function freeSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The pattern matching `slug-N` slugs of `base` (LIKE's own % and _ dropped from it). */
export const numberedSlugs = (base: string): string => `${base.replace(/[%_]/g, '')}-%`;

/** `slugify(name)`, or with "-2", "-3" … when another party already holds it. */
export async function uniqueSlug(db: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const rows = await db
    .select({ slug: parties.slug })
    .from(parties)
    .where(or(eq(parties.slug, base), sql`${parties.slug} like ${numberedSlugs(base)}`));
  return freeSlug(base, new Set(rows.map((r) => r.slug)));
}

/** The ISO 3166 alpha-3 a new party gets: a government named as a World Bank country gets its code
 *  (that code joins it to GDP and population); EU institutions, multilaterals and others get none. */
export function iso3ForParty(name: string, kind: PartyKind): string | null {
  return kind === 'government' ? iso3ForName(name) : null;
}

/**
 * Finds the party of this name, creating it when missing (import and inline creation). The insert
 * does nothing on a conflict: a concurrent creator of the same name made it first, and it is read
 * back; a conflict on the slug alone (another name, same slug, committed meanwhile) takes the next.
 */
export async function findOrCreateParty(
  tx: Tx,
  name: string,
  kind: PartyKind | null | undefined,
  iso3: string | null = null,
): Promise<Party> {
  const trimmed = name.trim();
  const partyKind = kind ?? 'government';
  const nameKey = partyNameKey(trimmed);
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await findPartyByName(trimmed, tx);
    if (found) return found;
    const created = await tx
      .insert(parties)
      .values({
        slug: await uniqueSlug(tx, trimmed),
        name: trimmed,
        nameKey,
        kind: partyKind,
        iso3: iso3 ?? iso3ForParty(trimmed, partyKind),
      })
      .onConflictDoNothing()
      .returning();
    if (created[0]) return created[0];
  }
  throw new Error(`party "${trimmed}" could neither be found nor created`);
}

export async function getPartyBySlug(slug: string): Promise<Party | null> {
  return read(async (db) => (await one(db.select().from(parties).where(eq(parties.slug, slug)))) ?? null);
}

export async function partiesBySlugs(slugs: string[], db?: Tx): Promise<Party[]> {
  if (slugs.length === 0) return [];
  return onDb(db, (d) => d.select().from(parties).where(inArray(parties.slug, slugs)));
}

export async function getPartiesBySlugs(slugs: string[]): Promise<Party[]> {
  return partiesBySlugs(slugs);
}

/** Parties for pickers: name or slug containing `query`, donors-with-pledges first. */
export async function searchParties(query = '', limit = 50): Promise<Party[]> {
  const q = query.trim();
  return read((db) =>
    db
      .select()
      .from(parties)
      .where(q ? or(containsText(parties.name, q), containsText(parties.slug, q)) : undefined)
      .orderBy(asc(parties.name))
      .limit(limit),
  );
}

/** Parties that appear as donor (or recipient) of at least one pledge, for filter lists. */
export async function partiesInRole(role: 'donor' | 'recipient', db?: Tx): Promise<Party[]> {
  const column = role === 'donor' ? pledges.donorId : pledges.recipientId;
  return onDb(db, (d) =>
    d
      .select()
      .from(parties)
      .where(sql`${parties.id} in (select distinct ${column} from ${pledges})`)
      .orderBy(asc(parties.name)),
  );
}

export async function listPartiesInRole(role: 'donor' | 'recipient'): Promise<Party[]> {
  return partiesInRole(role);
}
