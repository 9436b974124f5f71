// Saving an edit to an existing pledge for savePledgeAction (app/editor/pledges/actions.ts): straight
// through at the version the form opened, or merged field by field with a change saved in between.
import 'server-only';
import type { actorFor } from '@/db/accounts';
import { pledgeToInput, updatePledge } from '@/db/pledges';
import { getPledge } from '@/db/pledges';
import { inputFromValues, valuesFromInput, type PledgeFormValues } from '@/lib/pledge-form';
import { FORM_FIELD_LABELS, showField } from '@/lib/pledge-form-compare';
import { choicesFromFormData, mergeValues, parseBaseValues, type Merge } from '@/lib/pledge-merge';
import { formatTimestamp } from '@/lib/format';
import { VersionConflictError } from '@/lib/validation';
import type { PledgeFormState } from './actions';

function conflictState(
  merge: Merge,
  theirs: PledgeFormValues,
  version: number,
  error: VersionConflictError,
  asked: boolean,
): PledgeFormState {
  const when = formatTimestamp(error.changedAt);
  return {
    message: asked
      ? 'Not saved: choose yours or theirs for every field in the comparison below.'
      : `Not saved: this pledge was changed by ${error.changedBy} at ${when} since you opened it. Compare both versions below.`,
    conflict: {
      changedBy: error.changedBy,
      changedAt: when,
      currentVersion: version,
      fields: merge.conflicts.map((c) => ({ ...c, label: FORM_FIELD_LABELS[c.field] })),
      kept: merge.theirs.map((f) => ({ label: FORM_FIELD_LABELS[f], value: showField(theirs, f) })),
    },
  };
}

/**
 * Saves an edit. From a stale version the editor's changes are merged field by field with the
 * saved ones (lib/pledge-merge.ts, from the values the form says it opened); only fields both
 * changed differently are asked about, and the merge is saved at the version it was made against,
 * so a further change in between is compared again rather than overwritten.
 */
async function saveEdit(
  id: number,
  form: FormData,
  mine: PledgeFormValues,
  actor: ReturnType<typeof actorFor>,
  note: string | null,
): Promise<string | PledgeFormState> {
  const opened = Number(form.get('version'));
  const current = await getPledge(id);
  if (!current || current.version === opened) {
    await updatePledge({
      id,
      patch: inputFromValues(mine),
      expectedVersion: Number.isSafeInteger(opened) ? opened : -1,
      actor,
      reason: note,
    });
    return 'updated';
  }
  const theirs = valuesFromInput(pledgeToInput(current));
  // Choices count only against the version the comparison showed.
  const asked = Number(form.get('overrideVersion')) === current.version;
  const choices = asked ? choicesFromFormData(form) : {};
  const merge = mergeValues(parseBaseValues(form.get('base')), mine, theirs, choices);
  if (!merge.settled) {
    const last = current.revisions.at(-1);
    const error = new VersionConflictError(
      opened,
      current.version,
      last?.actorLabel ?? 'someone',
      last?.at ?? current.updatedAt,
    );
    return conflictState(merge, theirs, current.version, error, asked);
  }
  await updatePledge({
    id,
    patch: inputFromValues(merge.values),
    expectedVersion: current.version,
    actor,
    reason: note,
  });
  return merge.theirs.length ? `merged&since=${opened}&fields=${merge.theirs.join(',')}` : 'updated';
}

/** saveEdit again when the pledge changed between reading and writing (compared afresh each time). */
export async function saveEditAfresh(...args: Parameters<typeof saveEdit>): ReturnType<typeof saveEdit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveEdit(...args);
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt === 3) throw error;
    }
  }
}
