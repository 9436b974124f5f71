// Amount and currency texts no pledge input accepts, shared by the hostile import, API and action tests
// (tests/faults/).
import fc from 'fast-check';

/** A negative number, a number with letters after it, and more decimals than any currency has. */
export const badAmountTexts = [
  fc.nat().map((n) => `-${n + 1}`),
  fc.nat().map((n) => `${n}abc`),
  fc.constant('1.234'),
] as const;
export const badAmount = fc.oneof(...badAmountTexts);

/** At most five capitals with a digit among them: never an ISO 4217 code. */
export const badCurrency = fc.stringMatching(/^[A-Z]{0,2}[0-9][A-Z]{0,2}$/);
