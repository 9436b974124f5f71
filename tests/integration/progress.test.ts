// Recording progress on a real database: the pledge moves on a stage with its date and a new
// source quoting the sentence that says so, in one revision.
import { describe, test, expect, beforeEach, afterAll } from 'vitest';
import { closeDb } from '../../db/sqlite/client';
import { recordProgress } from '../../db/pledges';
import { getTotals } from '../../db/totals';
import { EMPTY_FILTERS } from '../../lib/filters';
import { who, source, freshCommittedPledge } from '../support/progress-pledge';

let id: number;

beforeEach(async () => {
  id = await freshCommittedPledge();
});

afterAll(() => closeDb());

describe('recording a step', () => {
  test('a disbursement moves the pledge, dates it, adds its source and quote, in one revision', async () => {
    const after = await recordProgress({
      id,
      input: { stage: 'disbursed', date: '2024-06', ...source },
      expectedVersion: 1,
      actor: who,
    });
    expect([after.stage, after.disbursedOn, after.disbursedPrecision, after.version]).toEqual([
      'disbursed',
      '2024-06-01',
      'month',
      2,
    ]);
    expect(after.sources.map((s) => s.quote)).toEqual([
      'Japan will provide',
      'Japan has disbursed the full amount.',
    ]);
    const step = after.revisions.find((r) => r.version === 2)!;
    expect(step.reason).toBe('Recorded progress: disbursed (disbursed on 2024-06)');
    expect(Object.keys(step.changes).sort()).toEqual(['disbursedOn', 'sources', 'stage']);
  });

  test('a step without a known date is recorded as reached, date unknown', async () => {
    const after = await recordProgress({
      id,
      input: { stage: 'allocated', date: '', ...source },
      expectedVersion: 1,
      actor: who,
    });
    expect([after.stage, after.allocatedOn, after.allocatedPrecision]).toEqual([
      'allocated',
      null,
      'unknown',
    ]);
  });

  // The only totals read in this file: the totals cache is keyed by the data version, which each new file restarts.
  test('a cancellation takes the pledge out of the committed total into the cancelled figure', async () => {
    await recordProgress({
      id,
      input: { stage: 'cancelled', date: '2024-09-30', ...source, quote: 'The pledge was withdrawn.' },
      expectedVersion: 1,
      actor: who,
    });
    expect(await getTotals(EMPTY_FILTERS)).toMatchObject({
      committed: 0,
      cancelled: 100_000,
      cancelledCount: 1,
    });
  });
});
