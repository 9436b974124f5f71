// What each pledge field is called on the editor form. The form's <Field label>s, the schema's
// messages and the summary of a refusal all read these, so a message names a field exactly as
// the page labels it ("Announced on", "FX rate", "Source 1 URL"), never by its key.
import type { PledgeInput, SourceInputFields } from './pledge-schema';

export const PLEDGE_LABELS = {
  externalId: 'External id',
  donor: 'Donor',
  donorKind: 'Donor kind',
  recipient: 'Recipient',
  recipientKind: 'Recipient kind',
  title: 'Title',
  description: 'Description',
  category: 'Category',
  instrument: 'Instrument',
  stage: 'Stage',
  kind: 'Kind',
  isLowerBound: 'Lower bound',
  parentId: 'Drawn down from',
  amount: 'Amount',
  currency: 'Currency',
  fxRate: 'FX rate',
  announcedOn: 'Announced on',
  datePrecision: 'Date precision',
  committedOn: 'Committed on',
  allocatedOn: 'Allocated on',
  disbursedOn: 'Disbursed on',
  cancelledOn: 'Cancelled on',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  sources: 'Sources',
} as const satisfies Record<keyof PledgeInput, string>;

/** Within a "Source N" group; a message about a source reads "Source 1 URL …" (see SOURCE_ITEM). */
export const SOURCE_LABELS = {
  url: 'URL',
  publisher: 'publisher',
  title: 'title',
  publishedOn: 'published on',
  accessedOn: 'accessed on',
  quote: 'quoted sentence supporting the figure',
} as const satisfies Record<keyof SourceInputFields, string>;

/** The word a list item's messages start with, followed by its 1-based number: "Source 2 …". */
export const SOURCE_ITEM = 'Source';

/** "Source 1 URL": the label of a source field as the form shows it. */
export function sourceFieldLabel(index: number, key: keyof SourceInputFields): string {
  return `${SOURCE_ITEM} ${index + 1} ${SOURCE_LABELS[key]}`;
}
