// What tests/e2e/dashboard.test.ts writes and asks for beyond the seeded articles: a euro pledge with
// its quoted source, a dashboard address whose every parameter is wrong, and the chart's downloads.

/** A pledge in euros with one quoted source, for the pledge page's figure, conversion and link. */
export const AIR_DEFENCE = {
  donor: 'Germany',
  recipient: 'Ukraine',
  title: 'Air defence',
  category: 'military',
  stage: 'committed',
  amount: '1000000',
  currency: 'EUR',
  announcedOn: '2024-03-05',
  sources: [
    {
      url: 'https://example.org/statement',
      publisher: 'Federal Government',
      title: 'Press release',
      publishedOn: '2024-03-05',
      quote: 'Germany commits one million euros for air defence.',
    },
  ],
};

/** Dashboard parameters each of which is wrong, and how the page names each one (HTML-escaped). */
export const BAD_QUERY =
  '?from=2024-13-01&to=2020-01-01&donor=atlantis&stage=pledged&currency=XYZ&page=-2&sort=size';
export const BAD_QUERY_NAMED = [
  'from &quot;2024-13-01&quot;',
  'donor &quot;atlantis&quot;',
  'stage &quot;pledged&quot;',
  'currency &quot;XYZ&quot;',
  'page &quot;-2&quot;',
  'sort &quot;size&quot;',
];

/** The chart's save buttons: [button, the file it downloads, how that file begins]. */
export const CHART_DOWNLOADS = [
  ['Save SVG', 'cumulative-support-usd.svg', '<svg'],
  ['Save PNG', 'cumulative-support-usd.png', '\u0089PNG'],
] as const;
