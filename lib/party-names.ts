// A party's name as a URL slug and as the key that makes two spellings one party.

const SLUG_BODY_MAX = 72;
/** What a name with no letter or digit (an emoji, punctuation) is given as its slug. */
export const FALLBACK_SLUG = 'party';

/**
 * Letters, marks and digits of every script, lower-cased, hyphenated: "European Union" →
 * "european-union", "Україна" → "україна". Diacritics are dropped from Latin letters only
 * ("Côte d'Ivoire" → "cote-d-ivoire"): in Devanagari or Arabic a mark makes another word.
 */
function slugBody(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A party's URL slug (db/pledges/parties.ts adds "-2", "-3" … when two different names share one). */
export function slugify(name: string): string {
  const body = Array.from(slugBody(name)).slice(0, SLUG_BODY_MAX).join('').replace(/-+$/, '');
  return body || FALLBACK_SLUG;
}

/** Whether a URL or query value can be a party slug; anything else is refused before a lookup. */
export function isSlug(value: string): boolean {
  return value.length > 0 && Array.from(value).length <= SLUG_BODY_MAX + 8 && slugBody(value) === value;
}

/**
 * A party's identity: the name itself, compatibility-normalised (NFKC), lower-cased and with its
 * whitespace collapsed, so "日本", "Україна" and "Россия" are three parties while "Japan" and
 * " JAPAN " are one. Unique in the parties table.
 */
export function partyNameKey(name: string): string {
  // Greek final sigma folds to σ as Unicode case folding does, so "ΟΔΟΣ" and "οδος" are one name.
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim();
}
