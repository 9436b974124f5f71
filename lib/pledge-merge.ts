// Two editors saving from the same version: a three-way merge of the form's values. Each field is
// compared with the version the editor opened (the base): a field only one side changed takes
// that side's value; a field both changed to different values is a conflict, settled only by the
// editor's choice for that field. What `values` holds is exactly what saving the merge stores.
import { z } from 'zod';
import { PLEDGE_FIELDS, SOURCE_FIELDS, type PledgeFormValues } from './pledge-form';
import { COMPARED_FIELDS, FORM_FIELD_LABELS, showField } from './pledge-form-compare';

/** The fields compared one by one; a party's kind travels with its name. */
export const MERGE_FIELDS = COMPARED_FIELDS;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type Choice = 'mine' | 'theirs';
export type FieldConflict = { field: MergeField; mine: string; theirs: string; choice: Choice | null };
export type Merge = {
  values: PledgeFormValues;
  /** Fields both sides changed differently, with the editor's choice when one was made. */
  conflicts: FieldConflict[];
  /** Fields taken from the saved version because only the other editor changed them. */
  theirs: MergeField[];
  /** True when every conflict has a choice, so `values` can be saved. */
  settled: boolean;
};

const KIND_OF = { donor: 'donorKind', recipient: 'recipientKind' } as const;

function take(values: PledgeFormValues, from: PledgeFormValues, field: MergeField): void {
  if (field === 'isLowerBound') values.isLowerBound = from.isLowerBound;
  else if (field === 'sources') values.sources = from.sources.map((s) => ({ ...s }));
  else {
    values[field] = from[field];
    if (field === 'donor' || field === 'recipient') values[KIND_OF[field]] = from[KIND_OF[field]];
  }
}

/**
 * Merges `mine` into `theirs` (the saved version) from `base`. Without a base (a form that did not
 * send what it opened) every field that differs is a conflict: nothing is taken on a guess.
 */
export function mergeValues(
  base: PledgeFormValues | null,
  mine: PledgeFormValues,
  theirs: PledgeFormValues,
  choices: Partial<Record<string, Choice>> = {},
): Merge {
  const values: PledgeFormValues = { ...mine, sources: mine.sources.map((s) => ({ ...s })) };
  const conflicts: FieldConflict[] = [];
  const kept: MergeField[] = [];
  for (const field of MERGE_FIELDS) {
    const [b, m, t] = [base, mine, theirs].map((v) => (v ? showField(v, field) : null));
    if (m === t) continue;
    const mineChanged = b === null || m !== b;
    const theirsChanged = b === null || t !== b;
    if (!mineChanged) {
      take(values, theirs, field);
      kept.push(field);
    } else if (theirsChanged) {
      const choice = choices[field] ?? null;
      if (choice === 'theirs') take(values, theirs, field);
      conflicts.push({ field, mine: m!, theirs: t!, choice });
    }
  }
  return { values, conflicts, theirs: kept, settled: conflicts.every((c) => c.choice !== null) };
}

const sourceSchema = z.object(
  Object.fromEntries(SOURCE_FIELDS.map((k) => [k, z.string().max(10_000)])) as Record<
    (typeof SOURCE_FIELDS)[number],
    z.ZodString
  >,
);
const valuesSchema = z.object({
  ...(Object.fromEntries(PLEDGE_FIELDS.map((k) => [k, z.string().max(10_000)])) as Record<
    (typeof PLEDGE_FIELDS)[number],
    z.ZodString
  >),
  isLowerBound: z.boolean(),
  sources: z.array(sourceSchema).max(50),
});

/**
 * The values a form says it opened (its hidden `base` input); null when missing or malformed. It
 * is taken as sent: an editor may submit any values anyway, so a forged base gains nothing.
 */
export function parseBaseValues(text: unknown): PledgeFormValues | null {
  if (typeof text !== 'string' || text.length > 500_000) return null;
  try {
    const parsed = valuesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The editor's per-field choices from the conflict panel (`resolve.<field>` = mine | theirs). */
export function choicesFromFormData(form: FormData): Partial<Record<MergeField, Choice>> {
  const out: Partial<Record<MergeField, Choice>> = {};
  for (const field of MERGE_FIELDS) {
    const v = form.get(`resolve.${field}`);
    if (v === 'mine' || v === 'theirs') out[field] = v;
  }
  return out;
}

/**
 * What the edit page says after a merged save (?saved=merged&since=V&fields=title,stage): who made
 * the changes kept since version V, and which fields, named as the form labels them.
 */
export function mergedMessage(
  revisions: { version: number; actorLabel: string }[],
  since: number,
  fields: string,
): string {
  const newest = Math.max(...revisions.map((r) => r.version));
  const who = [
    ...new Set(revisions.filter((r) => r.version > since && r.version < newest).map((r) => r.actorLabel)),
  ];
  const labels = fields
    .split(',')
    .filter((f): f is MergeField => (MERGE_FIELDS as readonly string[]).includes(f))
    .map((f) => FORM_FIELD_LABELS[f]);
  const names = who.length ? who.map((w) => `${w}'s`).join(' and ') : "the other editors'";
  return `Changes saved. Merged with ${names} changes to ${labels.join(', ') || 'other fields'}.`;
}
