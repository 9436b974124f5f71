// The half of migration 0002 that SQL cannot compute: each party's name_key (NFKC case folding,
// lib/domain.ts partyNameKey) and a real slug for the party that older versions stored under the
// empty slug (every name without a Latin letter got ""). Run by db/sqlite/client.ts right after drizzle's
// migrator; it touches only rows whose name_key is still null, so it is a no-op once done.
import { eq, isNull } from 'drizzle-orm';
import type { Db } from '../sqlite/client';
import { parties } from '../schema';
import { partyNameKey } from '../../lib/domain';
import { uniqueSlug } from './parties';

export function backfillPartyNames(db: Db): number {
  const pending = db.select().from(parties).where(isNull(parties.nameKey)).all();
  if (pending.length === 0) return 0;
  db.transaction((tx) => {
    const keys = new Set(tx.select({ key: parties.nameKey }).from(parties).all().map((r) => r.key));
    for (const party of pending) {
      let key = partyNameKey(party.name);
      // Two older parties whose names differ only in case would have shared a slug, so this cannot
      // happen for rows the old code wrote; should it, the later party keeps a key of its own.
      if (keys.has(key)) key = `${key} #${party.id}`;
      keys.add(key);
      const slug = party.slug === '' ? uniqueSlug(tx, party.name) : party.slug;
      tx.update(parties).set({ nameKey: key, slug }).where(eq(parties.id, party.id)).run();
    }
  }, { behavior: 'immediate' });
  return pending.length;
}
