// The schema refuses what cannot be true of a pledge, and says so with the form's own labels.
import { describe, test, expect } from 'vitest';
import { pledgeSchema } from '../../lib/pledge-schema';
import { fieldErrorsOf } from '../../lib/validation';
import { todayIso } from '../../lib/dates';

const valid = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Generators',
  category: 'humanitarian',
  stage: 'committed',
  amount: '5000000',
  currency: 'USD',
  announcedOn: '2024-03-05',
  sources: [{ publisher: 'Ministry', title: 'Statement' }],
};
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

function errorsFor(change: Record<string, unknown>) {
  const r = pledgeSchema.safeParse({ ...valid, ...change });
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe('pledge rules', () => {
  test('an amount of 0 is refused, pointing to an empty Amount for an unquantified in-kind pledge', () => {
    expect(errorsFor({ amount: '0' }).amount).toEqual([
      'Amount must be more than 0: leave Amount empty for an unquantified in-kind pledge',
    ]);
    expect(errorsFor({ amount: '0.00' }).amount?.[0]).toMatch(/more than 0/);
  });

  test.each([
    ['Japan', 'Japan'],
    ['Japan', ' japan '],
    ['United  Kingdom', 'united kingdom'],
    ['ＵＮＨＣＲ', 'UNHCR'],
  ])('donor %j and recipient %j are one party, so the pledge is refused', (donor, recipient) => {
    expect(errorsFor({ donor, recipient }).recipient).toEqual([
      'Recipient is the same as Donor: a pledge goes from one party to another',
    ]);
  });

  test('two names in other scripts are two parties, not the same one', () => {
    expect(errorsFor({ donor: '日本', recipient: 'Україна' })).toEqual({});
  });

  test.each(['publishedOn', 'accessedOn'])('a source %s after today is refused as "Source 1 …"', (field) => {
    const errors = errorsFor({ sources: [{ publisher: 'Ministry', [field]: tomorrow }] });
    expect(errors[`sources.0.${field}`]?.[0]).toBe(
      `Source 1 ${field === 'publishedOn' ? 'published on' : 'accessed on'} is after today (${todayIso()})`,
    );
  });

  test('a source dated today is accepted', () => {
    expect(
      errorsFor({ sources: [{ publisher: 'Ministry', publishedOn: todayIso(), accessedOn: todayIso() }] }),
    ).toEqual({});
  });

  test('a date written YYYY-MM without a precision is stored at month precision, YYYY at year precision', () => {
    expect(pledgeSchema.parse({ ...valid, announcedOn: '2024-02' })).toMatchObject({
      announcedOn: '2024-02-01',
      datePrecision: 'month',
    });
    expect(pledgeSchema.parse({ ...valid, announcedOn: '2024' })).toMatchObject({
      announcedOn: '2024-01-01',
      datePrecision: 'year',
    });
  });

  test('messages use the form labels, never the field keys', () => {
    // The date is checked after the fields parse, so it is refused on its own.
    const errors = [
      errorsFor({
        currency: 'EUR',
        fxRate: 'abc',
        sources: [{ url: 'ftp://x', publisher: 'P' }],
        parentId: 'x',
      }),
      errorsFor({ announcedOn: '2024-13-45' }),
    ];
    const text = errors.flatMap((e) => Object.values(e).flat()).join(' | ');
    expect(text).toContain('Announced on must be a real date');
    expect(text).toContain('FX rate must be a number');
    expect(text).toContain('Source 1 URL must be an http(s) address');
    expect(text).toContain('Drawn down from must be a whole number');
    expect(text).not.toMatch(/announcedOn|fxRate|sources\.\d|parentId/);
  });
});
