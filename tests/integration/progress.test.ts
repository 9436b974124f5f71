// Recording progress on a real database: the pledge moves on a stage with its date and a new
// source quoting the sentence that says so, in one revision; a step the record cannot support is
// refused, naming the field as the progress form labels it, and changes nothing.
import { describe, test, expect, beforeEach, afterAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { closeDb } from '../../db/sqlite/client';
import { createPledge, getPledge, recordProgress } from '../../db/pledges';
import { getTotals } from '../../db/totals';
import { EMPTY_FILTERS } from '../../lib/filters';
import { ValidationError } from '../../lib/validation';

const who = { id: null, label: 'Eda Editor' };
const source = {
  url: 'https://example.org/mofa/paid',
  publisher: 'MOFA',
  quote: 'Japan has disbursed the full amount.',
};
let id: number;

beforeEach(async () => {
  closeDb();
  await useTestDatabase();
  id = (
    await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Budget support',
        category: 'financial',
        stage: 'committed',
        amount: '1000',
        currency: 'USD',
        announcedOn: '2024-01-07',
        committedOn: '2024-01-07',
        sources: [{ url: 'https://example.org/mofa/pledge', publisher: 'MOFA', quote: 'Japan will provide' }],
      },
      who,
    )
  ).id;
});

afterAll(() => closeDb());

async function refusal(input: Record<string, unknown>) {
  const error = await recordProgress({ id, input, expectedVersion: 1, actor: who }).catch((e) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((await getPledge(id))?.version).toBe(1);
  return (error as ValidationError).fields;
}

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

describe('steps that are refused', () => {
  test.each([
    [
      'a date before the commitment',
      { stage: 'disbursed', date: '2023-12', ...source },
      { date: ['Disbursed on (2023-12) is before Announced on (2024-01-07)'] },
    ],
    [
      'a stage that is not later',
      { stage: 'committed', date: '2024-02-01', ...source },
      {
        stage: [
          "Reached must come after the pledge's stage now (committed): choose allocated, disbursed, cancelled",
        ],
      },
    ],
    [
      'no quoted sentence',
      { stage: 'disbursed', date: '2024-06', ...source, quote: ' ' },
      {
        quote: [
          "Quoted sentence that says so is required: the source's own words that the stage was reached",
        ],
      },
    ],
    [
      'no source at all',
      { stage: 'disbursed', date: '2024-06', quote: 'paid' },
      { url: ['name the source: fill in Web address of the source, Published by or Document title'] },
    ],
    [
      'a URL that is not one',
      { stage: 'disbursed', ...source, url: 'mofa.go.jp' },
      { url: ['Web address of the source must be an http(s) address such as https://example.org/article'] },
    ],
    [
      'the article already cited',
      { stage: 'disbursed', ...source, url: 'https://example.org/mofa/pledge' },
      {
        url: [
          'Web address of the source: “MOFA” is already a source of this pledge; change its quoted sentence in the edit form instead',
        ],
      },
    ],
    [
      'a date that is not one',
      { stage: 'disbursed', date: 'June', ...source },
      { date: ['Disbursed on must be a real date written YYYY-MM-DD, YYYY-MM or YYYY'] },
    ],
  ])('%s', async (_name, input, fields) => {
    expect(await refusal(input)).toEqual(fields);
  });
});
