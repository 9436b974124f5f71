// What the load test (tests/faults/load.test.ts) keeps per kind of request: the times taken and the
// problems seen, a request's 5xx or database error counted as a problem.
import { DB_TROUBLE, type JsonAnswer } from './faults';
import { percentile } from '../../scripts/lib/load';

export type Tally = { ms: number[]; problems: string[] };
export const tally = (): Tally => ({ ms: [], problems: [] });
export const figures = (t: Tally) =>
  `p50 ${percentile(t.ms, 50).toFixed(0)} ms, p99 ${percentile(t.ms, 99).toFixed(0)} ms`;

export function expectCleanFailure(answer: JsonAnswer, what: string, out: Tally): void {
  if (answer.status >= 500 || DB_TROUBLE.test(answer.body))
    out.problems.push(`${what} → ${answer.status} ${answer.body.slice(0, 300)}`);
}
