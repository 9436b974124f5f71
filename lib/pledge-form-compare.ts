// The form's fields as a conflict compares them: which differ between two saves, and how each shows.
import { PLEDGE_LABELS } from './pledge-labels';
import { PLEDGE_FIELDS, type PledgeFormValues, str, isBlankSource } from './pledge-form';

/** The form's fields by the labels it shows them with (conflict panels, merge messages). */
/** The fields two versions are compared by, with the form's own labels (lib/pledge-labels.ts). */
export const COMPARED_FIELDS = [
  ...PLEDGE_FIELDS.filter((k) => k !== 'donorKind' && k !== 'recipientKind'),
  'isLowerBound',
  'sources',
] as const;
export const FORM_FIELD_LABELS = Object.fromEntries(
  COMPARED_FIELDS.map((k) => [k, PLEDGE_LABELS[k]]),
) as Record<(typeof COMPARED_FIELDS)[number], string>;
export type ComparedField = keyof typeof FORM_FIELD_LABELS;

/** One field of a set of values as a string, the way two versions of it are compared and shown. */
export function showField(v: PledgeFormValues, k: ComparedField): string {
  if (k === 'sources') {
    return v.sources
      .filter((s) => !isBlankSource(s))
      .map((s) =>
        [s.url || s.title, s.url ? s.title : '', s.publisher, s.publishedOn, s.quote]
          .filter(Boolean)
          .join(' — '),
      )
      .join(' | ');
  }
  return k === 'isLowerBound' ? (v.isLowerBound ? 'yes' : 'no') : str(v[k]);
}

/** Field-by-field differences between two sets of values, for the "changed since you opened it" view. */
export function differingFields(
  mine: PledgeFormValues,
  theirs: PledgeFormValues,
): { field: string; mine: string; theirs: string }[] {
  // Party kinds only matter when a party is created, so they are not part of what changed.
  return (Object.keys(FORM_FIELD_LABELS) as ComparedField[])
    .map((field) => ({ field, mine: showField(mine, field), theirs: showField(theirs, field) }))
    .filter((d) => d.mine !== d.theirs);
}
