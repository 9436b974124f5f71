// A stored pledge as the CSV tests read it (tests/unit/csv-*.test.ts).
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import type { PledgeExportRow } from '../../lib/csv/pledge-record';

export const row: PledgeExportRow = {
  id: 7,
  externalId: 'jp-1',
  donorName: 'Japan',
  donorKind: 'government',
  recipientName: 'Ukraine',
  title: '=HYPERLINK("http://evil","click")',
  description: null,
  category: 'military',
  instrument: 'grant',
  stage: 'committed',
  kind: 'item',
  isLowerBound: 0,
  parentId: 3,
  amount: 3_700_000_050,
  currency: 'USD',
  amountUsd: 3_700_000_050,
  fxRate: 1,
  fxDate: '2024-01-07',
  announcedOn: '2024-01-07',
  datePrecision: 'day',
  updatedAt: '2024-01-08T00:00:00.000Z',
  committedOn: '2024-02-01',
  committedPrecision: 'month',
  allocatedOn: null,
  allocatedPrecision: 'unknown',
  disbursedOn: null,
  disbursedPrecision: 'unknown',
  cancelledOn: null,
  cancelledPrecision: 'unknown',
  periodStart: '2024',
  periodEnd: '2026',
};

export const cellsOf = (record: string[]) => Object.fromEntries(PLEDGE_COLUMNS.map((c, i) => [c, record[i]]));

export const noRates = () => null;
