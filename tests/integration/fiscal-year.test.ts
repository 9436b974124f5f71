// A party's fiscal-year start month (db/parties/fiscal-year.ts) on either engine: set, cleared, and
// refused by name for a value that is not a month, leaving the stored month as it was.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeEngineFixture } from './engine-fixture';
import { listDonorFiscalYears, setFiscalYearStart } from '../../db/parties';
import { NotFoundError, ValidationError } from '../../lib/validation';

/** A change made by a script, not an account (the audit entry's actor is then empty). */
const SCRIPT = { id: null };

const monthOf = async (slug: string) =>
  (await listDonorFiscalYears()).find((p) => p.slug === slug)?.fiscalYearStartMonth;

beforeAll(async () => {
  await useTestDatabase();
  await writeEngineFixture();
});

describe("a donor's fiscal-year start month", () => {
  test('is set to a month and cleared with an empty value', async () => {
    expect(await setFiscalYearStart({ party: 'germany', fiscalYearStartMonth: '10' }, SCRIPT)).toMatchObject({
      slug: 'germany',
      fiscalYearStartMonth: 10,
    });
    expect(await monthOf('germany')).toBe(10);
    await setFiscalYearStart({ party: 'germany', fiscalYearStartMonth: '' }, SCRIPT);
    expect(await monthOf('germany')).toBeNull();
  });

  test.each(['13', 'April', '-1', '0', '4.5'])(
    '"%s" is refused by the field\'s name and changes nothing',
    async (bad) => {
      await setFiscalYearStart({ party: 'japan', fiscalYearStartMonth: '4' }, SCRIPT);
      const refused = await setFiscalYearStart({ party: 'japan', fiscalYearStartMonth: bad }, SCRIPT).catch(
        (e) => e,
      );
      expect(refused).toBeInstanceOf(ValidationError);
      expect(refused.fields.fiscalYearStartMonth.join(' ')).toMatch(
        /^Fiscal year starts in must be a month from 1 \(January\) to 12 \(December\)/,
      );
      expect(await monthOf('japan')).toBe(4);
    },
  );

  test('a party that does not exist is named, nothing written', async () => {
    const refused = await setFiscalYearStart({ party: 'atlantis', fiscalYearStartMonth: '4' }, SCRIPT).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(NotFoundError);
    expect(refused.message).toContain('atlantis');
  });
});
