import { describe, test, expect } from 'vitest';
import { choicesFromFormData, mergedMessage, mergeValues, parseBaseValues } from '../../lib/pledge-merge';
import { emptyPledgeValues, type PledgeFormValues } from '../../lib/pledge-form';

const base: PledgeFormValues = {
  ...emptyPledgeValues(),
  donor: 'Norway',
  donorKind: 'government',
  recipient: 'Ukraine',
  recipientKind: 'government',
  title: 'Field hospitals',
  category: 'humanitarian',
  stage: 'announced',
  amount: '5000000',
  currency: 'USD',
  announcedOn: '2024-06-03',
  sources: [
    {
      url: 'https://example.org/a',
      publisher: 'Example Times',
      title: '',
      publishedOn: '',
      quote: 'Five million.',
    },
  ],
};
const edit = (changes: Partial<PledgeFormValues>): PledgeFormValues => ({ ...base, ...changes });

describe('three-way merge of two editors from one version', () => {
  test('fields only one side changed are all kept, and nothing is asked', () => {
    const theirs = edit({ title: 'Field hospitals for Kherson', stage: 'committed' });
    const mine = edit({ category: 'reconstruction', amount: '5,500,000' });
    const merge = mergeValues(base, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(merge.settled).toBe(true);
    expect(merge.theirs).toEqual(['title', 'stage']);
    expect(merge.values).toMatchObject({
      title: 'Field hospitals for Kherson',
      stage: 'committed',
      category: 'reconstruction',
      amount: '5,500,000',
    });
  });

  test('a field both changed differently is the only conflict, and unsettled until chosen', () => {
    const theirs = edit({ title: 'Mobile clinics', amount: '6,000,000' });
    const mine = edit({ stage: 'disbursed', amount: '7,000,000' });
    const open = mergeValues(base, mine, theirs);
    expect(open.conflicts).toEqual([
      { field: 'amount', mine: '7,000,000', theirs: '6,000,000', choice: null },
    ]);
    expect(open.settled).toBe(false);
    const keepTheirs = mergeValues(base, mine, theirs, { amount: 'theirs' });
    expect(keepTheirs.settled).toBe(true);
    expect(keepTheirs.values).toMatchObject({
      title: 'Mobile clinics',
      stage: 'disbursed',
      amount: '6,000,000',
    });
    expect(mergeValues(base, mine, theirs, { amount: 'mine' }).values.amount).toBe('7,000,000');
  });

  test('both making the same change is no conflict', () => {
    const same = edit({ stage: 'committed' });
    expect(mergeValues(base, same, same).conflicts).toEqual([]);
  });

  test('a party taken from their side brings its kind along', () => {
    const theirs = edit({ donor: 'Red Cross', donorKind: 'private' });
    const mine = edit({ donorKind: '', title: 'Field hospitals (corrected)' });
    expect(mergeValues(base, mine, theirs).values).toMatchObject({
      donor: 'Red Cross',
      donorKind: 'private',
      title: 'Field hospitals (corrected)',
    });
  });

  test('sources are one field: a correction on their side survives my edit elsewhere', () => {
    const theirs = edit({ sources: [{ ...base.sources[0], publisher: 'Example Post' }] });
    const merge = mergeValues(base, edit({ stage: 'committed' }), theirs);
    expect(merge.values.sources[0].publisher).toBe('Example Post');
    expect(merge.values.stage).toBe('committed');
  });

  test('without a base every difference is asked about', () => {
    const merge = mergeValues(null, edit({ stage: 'committed' }), edit({ title: 'Other' }));
    expect(merge.conflicts.map((c) => c.field)).toEqual(['title', 'stage']);
  });

  test('a base that is not the form values is ignored, not trusted', () => {
    expect(parseBaseValues(JSON.stringify(base))).toEqual(base);
    expect(parseBaseValues('{"title": 3}')).toBeNull();
    expect(parseBaseValues('not json')).toBeNull();
    expect(parseBaseValues(null)).toBeNull();
  });

  test('choices are read per field and anything else is ignored', () => {
    const form = new FormData();
    form.set('resolve.amount', 'mine');
    form.set('resolve.title', 'theirs');
    form.set('resolve.stage', 'both');
    form.set('resolve.__proto__', 'mine');
    expect(choicesFromFormData(form)).toEqual({ title: 'theirs', amount: 'mine' });
  });
});

describe('the message after a merged save', () => {
  const history = [
    { version: 1, actorLabel: 'Importer' },
    { version: 2, actorLabel: 'Ann' },
    { version: 3, actorLabel: 'Cem' },
    { version: 4, actorLabel: 'Ben' },
  ];

  test('names who changed it since the version opened, and the fields kept, as the form labels them', () => {
    expect(mergedMessage(history, 1, 'title,stage')).toBe(
      "Changes saved. Merged with Ann's and Cem's changes to Title, Stage.",
    );
    expect(mergedMessage(history, 2, 'isLowerBound')).toBe(
      "Changes saved. Merged with Cem's changes to Lower bound.",
    );
  });

  test('field names that are not form fields are dropped, never echoed', () => {
    expect(mergedMessage(history, 3, '<script>,amount')).toBe(
      "Changes saved. Merged with the other editors' changes to Amount.",
    );
  });
});
