// The hostile pledge forms of tests/faults/hostile-actions.test.ts: a valid pledge form and step of
// progress, the one-field changes that break each, and retractions that must be refused.
import fc from 'fast-check';
import { NEW_PLEDGE } from '../integration/api-support';
import { nastyText } from './hostile-inputs';
import { badAmount, badCurrency } from './hostile-amounts';
import { notAnId, notIn, type Fields } from './hostile-form-values';
import { CATEGORIES, REACHED_STAGES, STAGES } from '../../lib/domain';

export const pledgeForm = (): Fields => [
  ['donor', NEW_PLEDGE.donor],
  ['recipient', NEW_PLEDGE.recipient],
  ['title', 'Hostile form'],
  ['category', 'military'],
  ['stage', 'committed'],
  ['amount', '1000'],
  ['currency', 'EUR'],
  ['announcedOn', '2024-04-01'],
  ['datePrecision', 'day'],
  ['sourceCount', '1'],
  ['sources.0.url', 'https://example.org/hostile'],
  ['confirmDuplicate', 'yes'],
];
export const pledgeBreaker: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom('title', 'donor', 'recipient'), fc.constantFrom('', '   ', 'x'.repeat(10_001))),
  fc.tuple(fc.constant('category'), notIn(CATEGORIES)),
  fc.tuple(fc.constant('stage'), notIn(STAGES)),
  fc.tuple(fc.constant('amount'), badAmount),
  fc.tuple(fc.constant('currency'), badCurrency),
  fc.tuple(
    fc.constant('announcedOn'),
    fc.constantFrom('2024-02-30', '2023-13-01', '2024-00-10', '31/12/2024', 'yesterday'),
  ),
  fc.tuple(
    fc.constant('sources.0.url'),
    fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'ftp://x', 'not a url'),
  ),
);

/** A valid step of progress, as the pledge page's form sends it. */
export const progressStep: Fields = [
  ['progress-stage', 'disbursed'],
  ['progress-date', '2025-01'],
  ['progress-url', 'https://example.org/hostile-paid'],
  ['progress-quote', 'Paid in full.'],
];
/** One change that breaks a step of progress. */
export const progressBreaker: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constant('progress-stage'), notIn(REACHED_STAGES)),
  fc.tuple(
    fc.constant('progress-date'),
    fc.constantFrom('2024-02-30', '2024-13', 'yesterday', '2023-01', '9999-01-01'),
  ),
  fc.tuple(fc.constant('progress-quote'), fc.constantFrom('', '   ', 'x'.repeat(2001))),
  fc.tuple(
    fc.constant('progress-url'),
    fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'not a url'),
  ),
);

/** A retraction of `target` that must be refused: no reason, no such pledge, or a stale version. */
export const badRetraction = (target: { id: number; version: number }) =>
  fc.oneof(
    fc.record({
      id: fc.constant(String(target.id)),
      version: fc.constant(String(target.version)),
      reason: fc.constantFrom('', '   ', '\n\t'),
    }),
    fc.record({
      id: fc.oneof(notAnId, fc.integer({ min: 1_000_000 }).map(String)),
      version: nastyText,
      reason: nastyText,
    }),
    fc.record({
      id: fc.constant(String(target.id)),
      version: fc.oneof(
        nastyText.filter((v) => Number(v) !== target.version),
        fc.integer({ min: target.version + 1 }).map(String),
      ),
      reason: fc.constant('A reason'),
    }),
  );
