// A valid pledge input and its source, the base the pledge verb tests vary one field of.

export const editor = { id: null, label: 'test editor' };

export const source = {
  title: 'Statement',
  publisher: 'Ministry',
  url: 'https://example.org/statement',
  quote: 'We pledge it.',
};

export const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Drone detection system',
  category: 'military',
  stage: 'committed',
  amount: '37000000',
  currency: 'USD',
  announcedOn: '2024-01-07',
  sources: [source],
};
