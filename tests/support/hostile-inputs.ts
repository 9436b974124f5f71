// Generators of bad input shared by the hostile-input tests, and the checks every refusal must pass.
// FAULTS=long (npm run test:faults) runs the long form; `npm test` runs a short share of each.
import fc from 'fast-check';

export const LONG = process.env.FAULTS === 'long';

/** How many generated inputs a property gets: `short` under `npm test`, `long` under test:faults. */
export const runs = (short: number, long: number) => (LONG ? long : short);

/** The seed is printed by fast-check on failure; fixed in the short form so `npm test` is repeatable. */
export const propertyOptions = (numRuns: number) => ({
  numRuns,
  ...(LONG ? {} : { seed: 20241105 }),
  endOnFailure: true,
});

/** Text a hostile or careless client sends: control characters, lone surrogates, markup, formulas, SQL. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\uFFFE',
    '<script>alert(1)</script>',
    "'; drop table pledges; --",
    '=HYPERLINK("https://evil.example")',
    '+1',
    '-1',
    '@SUM(A1)',
    '../../etc/passwd',
    '%00',
    '${7*7}',
    '{{7*7}}',
    '\r\n\r\nSet-Cookie: x=1',
    'NaN',
    'Infinity',
    '1e309',
    '-0',
    '0x10',
    '9'.repeat(400),
    'null',
    'undefined',
    '__proto__',
  ),
  fc.nat({ max: 30_000 }).map((n) => 'x'.repeat(n)),
);

/** Any JSON value, with a bias to the shapes that confuse type checks. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  nastyText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e21, [], {}, [null], { toString: 'x' }),
);

/** A field name that is not any of `known` (so the object holding it is always refused). */
export const unknownKey = (known: readonly string[]) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.constantFrom('__proto__', 'constructor', 'amountMinor', 'id', 'createdBy', 'role'),
    )
    .filter((k) => !known.includes(k));

/** Signs that internals leaked into a response or a log line. */
export function leaks(text: string, secrets: string[] = []): string[] {
  const found = ['node_modules', '    at ', 'at /', 'SqliteError', 'better-sqlite3', '.next/server'].filter(
    (m) => text.includes(m),
  );
  return [...found, ...secrets.filter((s) => s && text.includes(s)).map(() => 'a secret value')];
}

export const AUTH_SECRET = 'test-secret-test-secret-test-secret-0123';
