// A valid pledge input and the schema's parse, for the stage date tests.
import { pledgeSchema, type PledgeData } from '../../lib/pledge-schema';
import { fieldErrorsOf } from '../../lib/validation';

export const valid = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Generators',
  category: 'humanitarian',
  stage: 'disbursed',
  amount: '5000000',
  currency: 'USD',
  announcedOn: '2024-03-05',
  sources: [{ publisher: 'Ministry', title: 'Statement' }],
};

export function parse(change: Record<string, unknown>) {
  const r = pledgeSchema.safeParse({ ...valid, ...change });
  return r.success
    ? { data: r.data as PledgeData, errors: {} }
    : { data: null, errors: fieldErrorsOf(r.error) };
}
