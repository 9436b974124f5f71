// The half of migration 0002 that SQL cannot compute: each party's name_key (NFKC case folding,
// lib/domain.ts partyNameKey) and a real slug for the party that older versions stored under the
// empty slug (every name without a Latin letter got ""). Run by db/sqlite/client.ts right after drizzle's
// migrator; it touches only rows whose name_key is still null, so it is a no-op once done. It also
// gives government parties created before country codes were set on creation (the seeded Japan and
// Ukraine) the ISO 3166 alpha-3 their name has in the World Bank files (db/world-bank.ts).
// SQLite only and synchronous, as the opening of the connection is: a PostgreSQL database is
// created with name_key filled (db/migrations-pg/) and never held the older rows.
import { and, eq, isNull, like, or } from 'drizzle-orm';
import type { Db, Tx } from '../sqlite/client';
import { parties } from '../schema';
import { partyNameKey, slugify } from '../../lib/party-names';
import { freeSlug, iso3ForParty, numberedSlugs } from './parties';

/** db/pledges/parties.ts uniqueSlug on the SQLite connection, synchronously. */
function uniqueSlugNow(tx: Tx, name: string): string {
  const base = slugify(name);
  const taken = tx
    .select({ slug: parties.slug })
    .from(parties)
    .where(or(eq(parties.slug, base), like(parties.slug, numberedSlugs(base))))
    .all()
    .map((r) => r.slug);
  return freeSlug(base, new Set(taken));
}

export function backfillPartyNames(db: Db): number {
  return backfillNameKeys(db) + backfillCountryCodes(db);
}

/** Country codes for government parties that have none; one that names no country stays without. */
function backfillCountryCodes(db: Db): number {
  const pending = db
    .select({ id: parties.id, name: parties.name })
    .from(parties)
    .where(and(isNull(parties.iso3), eq(parties.kind, 'government')))
    .all()
    .map((p) => ({ id: p.id, iso3: iso3ForParty(p.name, 'government') }))
    .filter((p): p is { id: number; iso3: string } => p.iso3 !== null);
  if (pending.length === 0) return 0;
  db.transaction(
    (tx) => {
      for (const p of pending)
        tx.update(parties)
          .set({ iso3: p.iso3 })
          .where(and(eq(parties.id, p.id), isNull(parties.iso3)))
          .run();
    },
    { behavior: 'immediate' },
  );
  return pending.length;
}

function backfillNameKeys(db: Db): number {
  const pending = db.select().from(parties).where(isNull(parties.nameKey)).all();
  if (pending.length === 0) return 0;
  db.transaction(
    (tx) => {
      const keys = new Set(
        tx
          .select({ key: parties.nameKey })
          .from(parties)
          .all()
          .map((r) => r.key),
      );
      for (const party of pending) {
        let key = partyNameKey(party.name);
        // Two older parties whose names differ only in case would have shared a slug, so this cannot
        // happen for rows the old code wrote; should it, the later party keeps a key of its own.
        if (keys.has(key)) key = `${key} #${party.id}`;
        keys.add(key);
        const slug = party.slug === '' ? uniqueSlugNow(tx, party.name) : party.slug;
        tx.update(parties).set({ nameKey: key, slug }).where(eq(parties.id, party.id)).run();
      }
    },
    { behavior: 'immediate' },
  );
  return pending.length;
}
