'use server';
// Create, correct and retract pledges from the editor form. Each action checks the session itself
// (requireEditor 403s anything else), validates with the one pledge schema, writes through the
// verbs (which record the revision) and refreshes every page the change can touch.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/auth';
import { actorFor } from '@/db/accounts';
import { createPledge, parsePledge, retractPledge } from '@/db/pledges';
import { findDuplicatesOf } from '@/db/pledges';
import { inputFromValues, valuesFromFormData } from '@/lib/pledge-form';
import { claimText, formatTimestamp } from '@/lib/format';
import { formatDateAt } from '@/lib/dates';
import { VersionConflictError } from '@/lib/validation';
import { failureState, type ActionState } from '../_lib/action-state';
import { saveEditAfresh } from './save-edit';

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
