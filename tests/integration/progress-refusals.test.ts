// A step the record cannot support is refused, naming the field as the progress form labels it,
// and changes nothing.
import { describe, test, expect, beforeEach, afterAll } from 'vitest';
import { closeDb } from '../../db/sqlite/client';
import { getPledge, recordProgress } from '../../db/pledges';
import { ValidationError } from '../../lib/validation';
import { who, source, freshCommittedPledge } from '../support/progress-pledge';

let id: number;

beforeEach(async () => {
  id = await freshCommittedPledge();
});

afterAll(() => closeDb());

async function refusal(input: Record<string, unknown>) {
  const error = await recordProgress({ id, input, expectedVersion: 1, actor: who }).catch((e) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((await getPledge(id))?.version).toBe(1);
  return (error as ValidationError).fields;
}

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
