import { asc, eq, like, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from './client';
import { parties, pledges, type Party } from './schema';
import { slugify, type PartyKind } from '../lib/domain';

/** Finds a party by slug or name, creating it when missing (import and inline creation). */
export function findOrCreateParty(tx: Tx, name: string, kind: PartyKind | null | undefined): Party {
  const slug = slugify(name);
  const found = tx.select().from(parties).where(eq(parties.slug, slug)).get();
  if (found) return found;
  return tx.insert(parties).values({ slug, name: name.trim(), kind: kind ?? 'government' }).returning().get();
}

export function getPartyBySlug(slug: string): Party | null {
  return getDb().select().from(parties).where(eq(parties.slug, slug)).get() ?? null;
}

export function getPartiesBySlugs(slugs: string[]): Party[] {
  if (slugs.length === 0) return [];
  return getDb().select().from(parties).where(sql`${parties.slug} in ${slugs}`).all();
}

/** Parties for pickers: name or slug containing `query`, donors-with-pledges first. */
export function searchParties(query = '', limit = 50): Party[] {
  const q = `%${query.trim().replace(/[%_]/g, '')}%`;
  return getDb().select().from(parties)
    .where(or(like(parties.name, q), like(parties.slug, q)))
    .orderBy(asc(parties.name)).limit(limit).all();
}

/** Parties that appear as donor (or recipient) of at least one pledge, for filter lists. */
export function listPartiesInRole(role: 'donor' | 'recipient'): Party[] {
  const column = role === 'donor' ? pledges.donorId : pledges.recipientId;
  return getDb().select().from(parties)
    .where(sql`${parties.id} in (select distinct ${column} from ${pledges})`)
    .orderBy(asc(parties.name)).all();
}
