'use server';
// Create, correct and retract pledges from the editor form. Each action checks the session itself
// (requireEditor 403s anything else), validates with the one pledge schema, writes through the
// verbs (which record the revision) and refreshes every page the change can touch.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/auth';
import { actorFor } from '@/db/accounts';
import { createPledge, parsePledge, pledgeToInput, retractPledge, updatePledge } from '@/db/pledges';
import { findDuplicatesOf } from '@/db/pledges';
import { getPledge } from '@/db/pledges';
import {
  inputFromValues,
  valuesFromFormData,
  valuesFromInput,
  type PledgeFormValues,
} from '@/lib/pledge-form';
import { FORM_FIELD_LABELS, showField } from '@/lib/pledge-form-compare';
import { choicesFromFormData, mergeValues, parseBaseValues, type Merge } from '@/lib/pledge-merge';
import { claimText, formatTimestamp } from '@/lib/format';
import { formatDateAt } from '@/lib/dates';
import { VersionConflictError } from '@/lib/validation';
import { failureState, type ActionState } from '../_lib/action-state';

export type DuplicateView = { id: number; title: string; figure: string; date: string; stage: string };
export type ConflictView = {
  changedBy: string;
  changedAt: string;
  currentVersion: number;
  /** The fields both editors changed, each saved as the editor chooses. */
  fields: { field: string; label: string; mine: string; theirs: string; choice: 'mine' | 'theirs' | null }[];
  /** Their changes to fields the editor left alone, kept as shown. */
  kept: { label: string; value: string }[];
};
export type PledgeFormState = ActionState & { duplicates?: DuplicateView[]; conflict?: ConflictView };

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
async function saveEditAfresh(...args: Parameters<typeof saveEdit>): ReturnType<typeof saveEdit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveEdit(...args);
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt === 3) throw error;
    }
  }
}

export async function savePledgeAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const user = await requireEditor();
  const id = Number(form.get('id')) || null;
  const values = valuesFromFormData(form);
  const input = inputFromValues(values);
  const note =
    String(form.get('note') ?? '')
      .trim()
      .slice(0, 1000) || null;
  let savedId: number;
  let saved = id == null ? 'created' : 'updated';
  try {
    if (id == null) {
      const data = parsePledge(input);
      const duplicates = form.get('confirmDuplicate') === 'yes' ? [] : await findDuplicatesOf(data);
      if (duplicates.length > 0) {
        return {
          message:
            'Not saved yet: is this the same as one of these pledges? Open it to check, or save anyway if it is a different pledge.',
          duplicates: duplicates.map((d) => ({
            id: d.id,
            title: d.title,
            figure: claimText(d.amount, d.currency, d.isLowerBound),
            date: formatDateAt(d.announcedOn, d.datePrecision),
            stage: d.stage,
          })),
        };
      }
      savedId = (await createPledge(input, actorFor(user), note)).id;
    } else {
      const outcome = await saveEditAfresh(id, form, values, actorFor(user), note);
      if (typeof outcome !== 'string') return outcome;
      [savedId, saved] = [id, outcome];
    }
  } catch (error) {
    if (error instanceof VersionConflictError)
      return {
        message: 'Not saved: this pledge keeps changing as you save. Reload it to see the current version.',
      };
    return failureState(error);
  }
  revalidatePath('/', 'layout');
  redirect(`/editor/pledges/${savedId}?saved=${saved}`);
}

export async function retractPledgeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireEditor();
  const id = Number(form.get('id'));
  try {
    await retractPledge({
      id,
      input: { reason: String(form.get('reason') ?? '') },
      expectedVersion: Number(form.get('version')),
      actor: actorFor(user),
    });
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return {
        message: `Not retracted: changed by ${error.changedBy} at ${formatTimestamp(error.changedAt)} since you opened it. Reload to see the current version.`,
      };
    }
    return failureState(error);
  }
  revalidatePath('/', 'layout');
  redirect(`/editor/pledges/${id}?saved=retracted`);
}
