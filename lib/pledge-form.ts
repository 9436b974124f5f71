// The editor form's values (everything a string, as typed) and their mapping to and from the
// pledge schema's input. Field names are the schema's paths ("sources.0.url"), so each error from
// fieldErrorsOf() lands beside the input that caused it.
import type { PledgeInput, SourceInputFields } from './pledge-schema';
import { DATE_FIELDS } from './stage-dates';

export const SOURCE_FIELDS = ['url', 'publisher', 'title', 'publishedOn', 'quote'] as const;
export type SourceValues = Record<(typeof SOURCE_FIELDS)[number], string>;

export const PLEDGE_FIELDS = [
  'donor',
  'donorKind',
  'recipient',
  'recipientKind',
  'title',
  'description',
  'category',
  'instrument',
  'stage',
  'kind',
  'parentId',
  'amount',
  'currency',
  'fxRate',
  'announcedOn',
  'datePrecision',
  ...DATE_FIELDS,
] as const satisfies readonly (keyof PledgeInput)[];
/** The form edits every input field: these three as a checkbox, a list and not at all (set by the import). */
type ElsewhereOnForm = 'isLowerBound' | 'sources' | 'externalId';
const everyFieldOnForm: Exclude<
  keyof PledgeInput,
  (typeof PLEDGE_FIELDS)[number] | ElsewhereOnForm
> extends never
  ? true
  : never = true;
void everyFieldOnForm;
export type PledgeFormValues = Record<(typeof PLEDGE_FIELDS)[number], string> & {
  isLowerBound: boolean;
  sources: SourceValues[];
};

export const emptySource = (): SourceValues => ({
  url: '',
  publisher: '',
  title: '',
  publishedOn: '',
  quote: '',
});

export function emptyPledgeValues(): PledgeFormValues {
  return {
    donor: '',
    donorKind: '',
    recipient: '',
    recipientKind: '',
    title: '',
    description: '',
    category: '',
    instrument: 'unspecified',
    stage: 'announced',
    kind: 'item',
    parentId: '',
    amount: '',
    currency: 'USD',
    fxRate: '',
    announcedOn: '',
    datePrecision: 'day',
    committedOn: '',
    allocatedOn: '',
    disbursedOn: '',
    cancelledOn: '',
    periodStart: '',
    periodEnd: '',
    isLowerBound: false,
    sources: [emptySource()],
  };
}

export const str = (v: unknown) => (v == null ? '' : String(v));

/** A stored pledge's input (pledgeToInput) as form values. */
export function valuesFromInput(input: PledgeInput): PledgeFormValues {
  const values = emptyPledgeValues();
  for (const key of PLEDGE_FIELDS) values[key] = str(input[key]);
  values.isLowerBound = input.isLowerBound === true || input.isLowerBound === 'true';
  values.sources = (input.sources ?? []).map((s) => ({
    url: str(s.url),
    publisher: str(s.publisher),
    title: str(s.title),
    publishedOn: str(s.publishedOn),
    quote: str(s.quote),
  }));
  return values;
}

export const isBlankSource = (s: SourceValues) => SOURCE_FIELDS.every((k) => s[k].trim() === '');

/** What the server action hands to the schema; blank source rows are dropped, not refused. */
export function inputFromValues(values: PledgeFormValues): PledgeInput {
  const input: Record<string, unknown> = {};
  for (const key of PLEDGE_FIELDS) input[key] = values[key];
  input.isLowerBound = values.isLowerBound;
  input.sources = values.sources.filter((s) => !isBlankSource(s)).map((s): SourceInputFields => ({ ...s }));
  return input as PledgeInput;
}

/** Form data (field names as above) → values; unknown names are ignored. */
export function valuesFromFormData(form: FormData): PledgeFormValues {
  const values = emptyPledgeValues();
  for (const key of PLEDGE_FIELDS) values[key] = str(form.get(key)).slice(0, 10_000);
  values.isLowerBound = form.get('isLowerBound') === 'on' || form.get('isLowerBound') === 'true';
  const count = Math.min(Number(form.get('sourceCount')) || 0, 50);
  values.sources = Array.from({ length: count }, (_, i) => {
    const s = emptySource();
    for (const k of SOURCE_FIELDS) s[k] = str(form.get(`sources.${i}.${k}`)).slice(0, 10_000);
    return s;
  });
  return values;
}
