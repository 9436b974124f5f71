// "Record progress": a pledge moves on to a later stage (or is cancelled) on a date, with the
// source sentence that says so. The step is checked here, then saved as an edit through the one
// pledge schema (db/pledges/progress.ts), so its date obeys the same order rules as the form's.
import { z } from 'zod';
import { REACHED_STAGES, STAGES, type ReachedStage, type Stage } from './domain';
import { LIMITS, isHttpUrl } from './pledge-schema';
import { PLEDGE_LABELS } from './pledge-labels';
import { STAGE_DATE_FIELDS } from './stage-dates';

/** What the progress form calls each field; the date is labelled as the edit form labels that stage's date. */
// Worded apart from the edit form's own labels on the same page ("Stage", "Source 1 URL" …).
export const PROGRESS_LABELS = {
  stage: 'Reached',
  url: 'Web address of the source',
  publisher: 'Published by',
  title: 'Document title',
  quote: 'Quoted sentence that says so',
} as const;
/** The progress form's input names are prefixed: the edit form on the same page has its own "title" and "stage". */
export const progressFieldName = (key: string) => `progress-${key}`;
export const progressDateLabel = (stage: ReachedStage) => PLEDGE_LABELS[STAGE_DATE_FIELDS[stage]];

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const optional = (label: string, max: number) =>
  z.preprocess(
    blankToNull,
    z
      .string({ error: `${label} must be text` })
      .trim()
      .max(max, `${label} is longer than ${max} characters`)
      .nullish(),
  );

export const progressSchema = z
  .strictObject({
    stage: z.enum(REACHED_STAGES, {
      error: `${PROGRESS_LABELS.stage} must be one of ${REACHED_STAGES.join(', ')}`,
    }),
    date: optional('The date', 10),
    url: optional(PROGRESS_LABELS.url, LIMITS.url).refine(
      (v) => v == null || isHttpUrl(v),
      `${PROGRESS_LABELS.url} must be an http(s) address such as https://example.org/article`,
    ),
    publisher: optional(PROGRESS_LABELS.publisher, LIMITS.publisher),
    title: optional(PROGRESS_LABELS.title, LIMITS.sourceTitle),
    quote: z
      .string({ error: `${PROGRESS_LABELS.quote} is required` })
      .trim()
      .min(1, `${PROGRESS_LABELS.quote} is required: the source's own words that the stage was reached`)
      .max(LIMITS.quote, `${PROGRESS_LABELS.quote} is longer than ${LIMITS.quote} characters`),
  })
  .refine((p) => p.url || p.publisher || p.title, {
    path: ['url'],
    message: `name the source: fill in ${PROGRESS_LABELS.url}, ${PROGRESS_LABELS.publisher} or ${PROGRESS_LABELS.title}`,
  });
export type Progress = z.output<typeof progressSchema>;

/** The stages a pledge at `stage` may move on to: any later one, or cancelled; none once cancelled. */
export function nextStages(stage: Stage): ReachedStage[] {
  if (stage === 'cancelled') return [];
  return REACHED_STAGES.filter((s) => s === 'cancelled' || STAGES.indexOf(s) > STAGES.indexOf(stage));
}
