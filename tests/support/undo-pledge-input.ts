// The pledge the undo tests retract, un-retract and restore.

export const editor = { id: null, label: 'test editor' };

export const source = {
  title: 'Statement',
  publisher: 'Ministry',
  url: 'https://example.org/undo',
  quote: 'We pledge it.',
};

export const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Field hospital',
  category: 'humanitarian',
  stage: 'committed',
  amount: '5000000',
  currency: 'USD',
  announcedOn: '2024-01-07',
  sources: [source],
};
