// Parties: one per name (lib/domain.ts partyNameKey), each with a slug of its own. The rule "no two
// parties for one name, no one party for two names" lives here, inside the caller's transaction.
import { asc, eq, like, or, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '../sqlite/client';
import { read } from '../sqlite/transaction';
import { parties, pledges, type Party } from '../schema';
import { partyNameKey, slugify, type PartyKind } from '../../lib/domain';
import { iso3ForName } from '../world-bank';

/** The party this name denotes (same name up to case and spacing), or null. */
export function findPartyByName(name: string, db: Db | Tx = getDb()): Party | null {
  return db.select().from(parties).where(eq(parties.nameKey, partyNameKey(name))).get() ?? null;
}

/** `slugify(name)`, or with "-2", "-3" … when another party already holds it. */
export function uniqueSlug(db: Db | Tx, name: string): string {
  const base = slugify(name);
  const taken = new Set(db.select({ slug: parties.slug }).from(parties)
    .where(or(eq(parties.slug, base), like(parties.slug, `${base.replace(/[%_]/g, '')}-%`))).all().map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The ISO 3166 alpha-3 a new party gets: a government named as a World Bank country gets its code
 *  (that code joins it to GDP and population); EU institutions, multilaterals and others get none. */
export function iso3ForParty(name: string, kind: PartyKind): string | null {
  return kind === 'government' ? iso3ForName(name) : null;
}

/** Finds the party of this name, creating it when missing (import and inline creation). */
export function findOrCreateParty(tx: Tx, name: string, kind: PartyKind | null | undefined, iso3: string | null = null): Party {
  const found = findPartyByName(name, tx);
  if (found) return found;
  const trimmed = name.trim();
  const partyKind = kind ?? 'government';
  return tx.insert(parties).values({
    slug: uniqueSlug(tx, trimmed), name: trimmed, nameKey: partyNameKey(trimmed), kind: partyKind, iso3: iso3 ?? iso3ForParty(trimmed, partyKind),
  })
    .returning().get();
}

export async function getPartyBySlug(slug: string): Promise<Party | null> {
  return read(() => {
    return getDb().select().from(parties).where(eq(parties.slug, slug)).get() ?? null;
  });
}

export function partiesBySlugs(slugs: string[]): Party[] {
  if (slugs.length === 0) return [];
  return getDb().select().from(parties).where(sql`${parties.slug} in ${slugs}`).all();
}

export async function getPartiesBySlugs(slugs: string[]): Promise<Party[]> {
  return read(() => partiesBySlugs(slugs));
}

/** Parties for pickers: name or slug containing `query`, donors-with-pledges first. */
export async function searchParties(query = '', limit = 50): Promise<Party[]> {
  return read(() => {
    const q = `%${query.trim().replace(/[%_]/g, '')}%`;
    return getDb().select().from(parties)
      .where(or(like(parties.name, q), like(parties.slug, q)))
      .orderBy(asc(parties.name)).limit(limit).all();
  });
}

/** Parties that appear as donor (or recipient) of at least one pledge, for filter lists. */
export function partiesInRole(role: 'donor' | 'recipient'): Party[] {
  const column = role === 'donor' ? pledges.donorId : pledges.recipientId;
  return getDb().select().from(parties)
    .where(sql`${parties.id} in (select distinct ${column} from ${pledges})`)
    .orderBy(asc(parties.name)).all();
}

export async function listPartiesInRole(role: 'donor' | 'recipient'): Promise<Party[]> {
  return read(() => partiesInRole(role));
}
