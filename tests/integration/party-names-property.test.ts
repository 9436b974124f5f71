// Property: names drawn from many scripts never share a party unless they are the same name up to
// case and spacing; and every party they make has a slug that finds it again.
import { describe, test, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { findOrCreateParty, getPartyBySlug } from '../../db/pledges/parties';

beforeAll(() => useTestDatabase());

const SCRIPTS: Record<string, string> = {
  latin: 'abcdefghijklmnopqrstuvwxyzáàâäãåçéèêëíìîïñóòôöõøšúùûüýÿžłđ',
  cyrillic: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ',
  greek: 'αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ',
  cjk: '日本中国韓朝鮮台湾香港东京北京上海',
  arabic: 'ابتثجحخدذرزسشصضطظعغفقكلمنهويَُِّْ',
  hebrew: 'אבגדהוזחטיכלמנסעפצקרשתךםןףץ',
  devanagari: 'कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौंः्',
  thai: 'กขคงจฉชซญดตถทนบปผพฟภมยรลวสหอฮัิีึืุู่้๊๋',
  emoji: '🇺🇦🇯🇵😀🌍🤝🕊️',
  digits: '0123456789',
  punctuation: "-'’.,&()",
};

const letters = (alphabet: string) =>
  fc.array(fc.constantFrom(...Array.from(alphabet)), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const word = fc.constantFrom(...Object.keys(SCRIPTS)).chain((script) => letters(SCRIPTS[script]));
/** One to three words, each from any script: "Україна", "日本 Japan", "🇺🇦 2024". */
const name = fc
  .array(word, { minLength: 1, maxLength: 3 })
  .map((w) => w.join(' '))
  .filter((n) => n.trim() !== '');

/** The same name as another person might type it: other case, other spacing. */
const retyped = (base: string) =>
  fc
    .tuple(
      fc.constantFrom('same', 'upper', 'lower'),
      fc.constantFrom(' ', '  ', '\u00a0', '\t'),
      fc.boolean(),
    )
    .map(([cased, gap, pad]) => {
      const c = cased === 'upper' ? base.toUpperCase() : cased === 'lower' ? base.toLowerCase() : base;
      const spaced = c.split(' ').join(gap);
      return pad ? `  ${spaced} ` : spaced;
    });

/** Same name up to case and spacing, written independently of lib/domain.ts. */
const sameName = (a: string, b: string) => {
  const norm = (s: string) => s.normalize('NFC').toUpperCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
};

describe('party identity', () => {
  test('different names never share a party; retyped names always do', async () => {
    const names = fc
      .array(name, { minLength: 1, maxLength: 6 })
      .chain((bases) => fc.tuple(...bases.map((b) => fc.tuple(fc.constant(b), retyped(b)))))
      .map((pairs) => pairs.flat());
    await fc.assert(
      fc.asyncProperty(names, async (list) => {
        const ids: number[] = [];
        for (const n of list)
          ids.push(await writeTransaction(async (tx) => (await findOrCreateParty(tx, n, 'government')).id));
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            expect(ids[i] === ids[j], `${JSON.stringify(list[i])} vs ${JSON.stringify(list[j])}`).toBe(
              sameName(list[i], list[j]),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every party made from any script has a slug of its own that finds it', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        const party = await writeTransaction((tx) => findOrCreateParty(tx, n, 'government'));
        expect(party.slug).not.toBe('');
        expect((await getPartyBySlug(party.slug))?.id).toBe(party.id);
      }),
      { numRuns: 300 },
    );
  });
});
