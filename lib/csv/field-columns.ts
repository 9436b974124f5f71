// Which CSV column of lib/csv/columns.ts each pledge input field is read from and written to, and the
// column a schema error path points at; lib/csv/pledge-record.ts reads a record through these lists.
import type { PledgeInput, SourceInputFields } from '../pledge-schema';
import type { PledgeColumn } from './columns';
import type { DateField } from '../stage-dates';

/** The source columns, each with the source field its list items fill. */
export const SOURCE_COLUMNS = [
  ['source_urls', 'url'],
  ['source_publishers', 'publisher'],
  ['source_titles', 'title'],
  ['source_published_on', 'publishedOn'],
  ['source_quotes', 'quote'],
] as const;

/** The stage dates' and the period's columns, one per input field (lib/stage-dates.ts). */
export const DATE_COLUMNS = [
  ['committedOn', 'committed_on'],
  ['allocatedOn', 'allocated_on'],
  ['disbursedOn', 'disbursed_on'],
  ['cancelledOn', 'cancelled_on'],
  ['periodStart', 'period_start'],
  ['periodEnd', 'period_end'],
] as const satisfies readonly (readonly [DateField, PledgeColumn])[];

/** The column each input field is read from; the compiler refuses a field of the schema left out. */
const FIELD_COLUMNS: Record<keyof PledgeInput, PledgeColumn> = {
  externalId: 'external_id',
  donor: 'donor',
  donorKind: 'donor_kind',
  recipient: 'recipient',
  recipientKind: 'recipient',
  title: 'title',
  description: 'description',
  category: 'category',
  instrument: 'instrument',
  stage: 'stage',
  kind: 'kind',
  isLowerBound: 'is_lower_bound',
  parentId: 'parent_id',
  amount: 'amount',
  currency: 'currency',
  fxRate: 'fx_rate',
  announcedOn: 'announced_on',
  datePrecision: 'date_precision',
  sources: 'source_urls',
  ...(Object.fromEntries(DATE_COLUMNS) as Record<DateField, PledgeColumn>),
};
export const FIELD_ENTRIES = Object.entries(FIELD_COLUMNS) as [keyof PledgeInput, PledgeColumn][];
/** A source's accessed-on date is not a CSV column: the file is a record of what sources say. */
const SOURCE_FIELD_COLUMNS: Record<Exclude<keyof SourceInputFields, 'accessedOn'>, PledgeColumn> = {
  url: 'source_urls',
  publisher: 'source_publishers',
  title: 'source_titles',
  publishedOn: 'source_published_on',
  quote: 'source_quotes',
};

/** The CSV column a schema error path ("sources.1.url", "amount") points at. */
export function columnForField(path: string): PledgeColumn | null {
  const [field, , sub] = path.split('.');
  if (field === 'sources' && sub)
    return SOURCE_FIELD_COLUMNS[sub as keyof typeof SOURCE_FIELD_COLUMNS] ?? 'source_urls';
  return FIELD_COLUMNS[field as keyof PledgeInput] ?? null;
}
