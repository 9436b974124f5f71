// The hostile requests of tests/faults/hostile-api.test.ts: pledge bodies made certainly invalid by one
// change among noise, odd headers and ids, bad retractions and Authorization headers.
import fc from 'fast-check';
import { anyJson, nastyText, unknownKey } from './hostile-inputs';
import { badAmountTexts, badCurrency } from './hostile-amounts';
import { pledgeInputSchema } from '../../lib/pledge-schema';
import { CATEGORIES, STAGES } from '../../lib/domain';

export const FIELDS = Object.keys(pledgeInputSchema.shape);
const notIn = (values: readonly string[]) => nastyText.filter((v) => !values.includes(v));
export const notText = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.array(nastyText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), nastyText, { maxKeys: 3 }),
);

/** One change that makes any pledge body invalid, whatever else it holds. */
export const breaker: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(unknownKey([...FIELDS, 'version', 'reason']), anyJson),
  fc.tuple(fc.constantFrom('title', 'donor', 'recipient'), fc.oneof(notText, fc.constantFrom('', '   '))),
  fc.tuple(fc.constant('category'), notIn(CATEGORIES)),
  fc.tuple(fc.constant('stage'), notIn(STAGES)),
  fc.tuple(
    fc.constant('amount'),
    fc.oneof(
      ...badAmountTexts,
      notText.filter((v) => typeof v !== 'number'),
    ),
  ),
  fc.tuple(fc.constant('currency'), badCurrency),
  fc.tuple(
    fc.constant('announcedOn'),
    fc.oneof(fc.constantFrom('2024-02-30', '2023-13-01', '2024-00-10', '2024-1-1', '31/12/2024'), notText),
  ),
  fc.tuple(
    fc.constant('sources'),
    fc.oneof(
      nastyText,
      fc.integer(),
      fc.constant([{ url: 'javascript:alert(1)' }]),
      fc.constant([{ colour: 'red' }]),
    ),
  ),
);
const noise = fc.dictionary(fc.constantFrom(...FIELDS), anyJson, { maxKeys: 3 });
// Without an amount the currency is dropped, not checked, so a bad currency goes with an amount.
export const badBody = (base: Record<string, unknown>) =>
  fc
    .tuple(noise, breaker)
    .map(([n, [k, v]]) => ({ ...base, ...n, ...(k === 'currency' ? { amount: '1000' } : {}), [k]: v }));
export const extraHeaders = fc.dictionary(
  fc.stringMatching(/^x-[a-z-]{1,12}$/),
  fc.stringMatching(/^[ -~]{0,40}$/),
  { maxKeys: 3 },
);

/** Any bytes as a pledge id, percent-encoded (invalid UTF-8 included). */
export const rawId = fc
  .uint8Array({ maxLength: 60 })
  .map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join(''));

/** Retraction bodies that are wrong: a missing reason, a bad version, or an unknown key. */
export const badRetraction = (version: number) =>
  fc.oneof(
    fc.record({
      reason: fc.oneof(notText, fc.constantFrom('', '  ')),
      version: fc.constant(version),
    }),
    fc.record({
      reason: nastyText,
      version: fc.oneof(nastyText, fc.double(), fc.constantFrom(0, -1, 1.5)),
    }),
    fc.tuple(unknownKey(['reason', 'version']), anyJson).map(([k, v]) => ({ reason: 'why', [k]: v })),
  );

/** Authorization headers that name no live token, some of them one character off `token`. */
export const badAuthorization = (token: string) =>
  fc.oneof(
    fc.stringMatching(/^[ -~]{0,80}$/),
    fc.string({ maxLength: 40 }).map((s) => `Bearer apt_${encodeURIComponent(s)}`),
    fc.constant(`Bearer ${token}x`),
    fc.constant(`Bearer  ${token.slice(0, -1)}`),
  );

/** JSON's content type, any other type/subtype, or none. */
export const anyContentType = fc.oneof(
  fc.constant('application/json'),
  fc.stringMatching(/^[a-z]{1,10}\/[a-z+.-]{1,16}$/),
  fc.constant(''),
);
