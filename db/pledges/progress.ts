// Recording a pledge's progress: it moves on to a later stage (or is cancelled) on a date, backed
// by a new source and the sentence that says so. Saved as an edit of the pledge (one revision,
// its reason naming the step), so the pledge schema checks the date against the earlier stages'.
import { writeTransaction } from '../connection';
import { loadForWrite, pledgeToInput, updatePledgeIn, type PledgeChange } from './writes';
import type { PledgeView } from './read';
import {
  nextStages,
  progressDateLabel,
  progressSchema,
  PROGRESS_LABELS as P,
} from '../../lib/progress-schema';
import { STAGE_DATE_FIELDS } from '../../lib/stage-dates';
import { STAGE_LABELS } from '../../lib/domain';
import { parseOrThrow, ValidationError, type FieldErrors } from '../../lib/validation';

/** The pledge schema's paths as the progress form's fields: the stage's date is `date`, the new source's fields their own. */
function progressErrors(fields: FieldErrors, dateField: string, sourceAt: number): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(fields)) {
    const [list, index, sub] = path.split('.');
    const key =
      path === dateField
        ? 'date'
        : list === 'sources' && Number(index) === sourceAt && sub
          ? sub
          : path === 'stage'
            ? 'stage'
            : '_';
    // Messages about the new source read "Source N …" in the edit form; here it is just "Source …".
    (out[key] ??= []).push(...messages.map((m) => m.replace(/^Source \d+ /, 'Source ')));
  }
  return out;
}

export async function recordProgress({
  id,
  input,
  expectedVersion,
  actor,
}: PledgeChange & { input: unknown }): Promise<PledgeView> {
  const step = parseOrThrow(progressSchema, input);
  return writeTransaction(async (tx) => {
    const current = await loadForWrite(tx, id, expectedVersion);
    const allowed = nextStages(current.stage);
    if (current.kind !== 'item')
      throw new ValidationError({ _: ['a reported total has no stages to record: it is a headline claim'] });
    if (!allowed.includes(step.stage)) {
      throw new ValidationError({
        stage: [
          allowed.length
            ? `${P.stage} must come after the pledge's stage now (${current.stage}): choose ${allowed.join(', ')}`
            : `the pledge is ${current.stage}: no stage comes after it`,
        ],
      });
    }
    const same = current.sources.find((s) =>
      step.url ? s.url === step.url : !s.url && s.title === (step.title || step.publisher),
    );
    if (same)
      throw new ValidationError({
        url: [
          `${P.url}: “${same.title}” is already a source of this pledge; change its quoted sentence in the edit form instead`,
        ],
      });
    const dateField = STAGE_DATE_FIELDS[step.stage];
    const before = pledgeToInput(current);
    const sources = [
      ...(before.sources ?? []),
      { url: step.url, publisher: step.publisher, title: step.title, quote: step.quote },
    ];
    const when = step.date ? `${progressDateLabel(step.stage).toLowerCase()} ${step.date}` : 'date not known';
    const reason = `Recorded progress: ${STAGE_LABELS[step.stage].toLowerCase()} (${when})`;
    try {
      return await updatePledgeIn(
        tx,
        id,
        { stage: step.stage, [dateField]: step.date, sources },
        current.version,
        actor,
        reason,
      );
    } catch (error) {
      if (error instanceof ValidationError)
        throw new ValidationError(progressErrors(error.fields, dateField, sources.length - 1));
      throw error;
    }
  });
}
