// The donor ranking as tests/e2e/donors.test.ts reads it: several donors' pledges to import, and each
// donor's rank per column as the page and the CSV export give it.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { tempDir } from './temp-db';
import { WAIT_MS } from './wait';
import { RANK_COLUMNS, type RankColumn } from '../../lib/ranking';

export type Ranks = Record<string, Record<RankColumn, number | null>>;

const header =
  'external_id,donor,donor_kind,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_quotes';
const row = (ext: string, donor: string, kind: string, stage: string, amount: string, on: string) =>
  `${ext},${donor},${kind},Ukraine,Support ${ext},military,${stage},${amount},USD,${on},https://example.org/${ext},We pledge.`;

/** Writes six pledges of five governments and the EU to a CSV file and returns its path. */
export function writeSeveralDonorsCsv(): string {
  const file = path.join(tempDir('donors-'), 'donors.csv');
  fs.writeFileSync(
    file,
    [
      header,
      row('d1', 'Germany', 'government', 'committed', '500000000', '2022-03-01'),
      row('d2', 'Germany', 'government', 'allocated', '200000000', '2023-06-01'),
      row('d3', 'Norway', 'government', 'committed', '300000000', '2024-02-01'),
      row('d4', 'Poland', 'government', 'disbursed', '100000000', '2023-04-01'),
      row('d5', 'Estonia', 'government', 'committed', '50000000', '2024-01-10'),
      row('d6', 'European Union', 'eu_institution', 'committed', '800000000', '2024-03-01'),
      '',
    ].join('\n'),
  );
  return file;
}

/** Each row's rank per column as the page shows it (data-rank of each cell; none: no figure). */
export async function pageRanks(page: Page): Promise<{ order: string[]; ranks: Ranks }> {
  await page.getByTestId('donor-ranking').waitFor({ timeout: WAIT_MS });
  return page.$$eval(
    '[data-testid=donor-ranking] tbody tr',
    (trs, columns) => {
      const ranks: Record<string, Record<string, number | null>> = {};
      for (const tr of trs) {
        const slug = tr.getAttribute('data-donor')!;
        ranks[slug] = Object.fromEntries(
          columns.map((c) => {
            const rank = tr.querySelector(`[data-column=${c}]`)?.getAttribute('data-rank');
            return [c, rank ? Number(rank) : null];
          }),
        );
      }
      return { order: trs.map((tr) => tr.getAttribute('data-donor')!), ranks };
    },
    [...RANK_COLUMNS],
  ) as Promise<{ order: string[]; ranks: Ranks }>;
}

const csvColumn: Record<RankColumn, string> = {
  committed: 'rank_committed',
  allocated: 'rank_allocated',
  disbursed: 'rank_disbursed',
  pctGdp: 'rank_pct_gdp',
  perCapita: 'rank_per_capita',
  share: 'rank_share',
};

/** Each donor's rank per column in donors.csv (an empty cell: no figure). */
export function csvRanks(text: string): Record<string, Record<string, number | null>> {
  const csv = parse(text, { columns: true }) as Record<string, string>[];
  return Object.fromEntries(
    csv
      .filter((r) => r.row === 'donor')
      .map((r) => [
        r.donor,
        Object.fromEntries(
          RANK_COLUMNS.map((c) => [c, r[csvColumn[c]] === '' ? null : Number(r[csvColumn[c]])]),
        ),
      ]),
  );
}
