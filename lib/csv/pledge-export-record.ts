// One pledge → one CSV record in the column order of lib/csv/columns.ts (the export side; the import
// side is lib/csv/pledge-record.ts). Pure: the database rows come in, the cells go out.
import { minorToDecimal } from '../money';
import { PLEDGE_COLUMNS, joinList, type PledgeColumn } from './columns';
import { neutraliseCell } from './neutralise';
import { DATE_COLUMNS } from './field-columns';
import { stageDatesToInput, type StageDates } from '../stage-dates';

export type PledgeExportRow = {
  id: number;
  externalId: string | null;
  donorName: string;
  donorKind: string;
  recipientName: string;
  title: string;
  description: string | null;
  category: string;
  instrument: string;
  stage: string;
  kind: string;
  isLowerBound: boolean | number;
  parentId: number | null;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  fxRate: number | null;
  fxDate: string | null;
  announcedOn: string | null;
  datePrecision: string;
  updatedAt: string;
} & StageDates;
export type ExportSource = {
  url: string | null;
  publisher: string | null;
  title: string | null;
  publishedOn: string | null;
  quote: string;
};

const text = (value: string | null | undefined) => neutraliseCell(value ?? '');

/** The record of one pledge; numbers are plain decimals in major units, never neutralised. */
export function pledgeRecord(row: PledgeExportRow, sources: readonly ExportSource[]): string[] {
  const cells: Record<PledgeColumn, string> = {
    id: String(row.id),
    external_id: text(row.externalId),
    donor: text(row.donorName),
    donor_kind: row.donorKind,
    recipient: text(row.recipientName),
    title: text(row.title),
    description: text(row.description),
    category: row.category,
    instrument: row.instrument,
    stage: row.stage,
    kind: row.kind,
    is_lower_bound: row.isLowerBound ? 'true' : 'false',
    parent_id: row.parentId == null ? '' : String(row.parentId),
    amount: row.amount == null || !row.currency ? '' : minorToDecimal(row.amount, row.currency),
    currency: row.currency ?? '',
    amount_usd: row.amountUsd == null ? '' : minorToDecimal(row.amountUsd, 'USD'),
    fx_rate: row.fxRate == null ? '' : String(row.fxRate),
    fx_date: row.fxDate ?? '',
    announced_on: row.announcedOn ?? '',
    date_precision: row.datePrecision,
    source_urls: text(joinList(sources.map((s) => s.url))),
    source_publishers: text(joinList(sources.map((s) => s.publisher))),
    source_quotes: text(joinList(sources.map((s) => s.quote))),
    updated_at: row.updatedAt,
    source_titles: text(joinList(sources.map((s) => s.title))),
    source_published_on: joinList(sources.map((s) => s.publishedOn)),
    ...dateCells(row),
  };
  return PLEDGE_COLUMNS.map((column) => cells[column]);
}

/** The stage dates at their precision ("2024-01", "2024"), the period as written. */
function dateCells(row: StageDates): Record<(typeof DATE_COLUMNS)[number][1], string> {
  const input = stageDatesToInput(row);
  return Object.fromEntries(DATE_COLUMNS.map(([field, column]) => [column, text(input[field])])) as never;
}
