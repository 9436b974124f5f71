'use server';
// Create, correct and retract pledges from the editor form. Each action checks the session itself
// (requireEditor 403s anything else), validates with the one pledge schema, writes through the
// verbs (which record the revision) and refreshes every page the change can touch.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/auth';
import { actorFor } from '@/db/users';
import { createPledge, parsePledge, pledgeToInput, retractPledge, updatePledge } from '@/db/pledge-writes';
import { findDuplicatesOf } from '@/db/duplicates';
import { getPledge } from '@/db/pledges';
import { differingFields, inputFromValues, valuesFromFormData, valuesFromInput } from '@/lib/pledge-form';
import { claimText, formatTimestamp } from '@/lib/format';
import { formatDateAt } from '@/lib/dates';
import { VersionConflictError } from '@/lib/validation';
import { failureState, type ActionState } from '../_lib/action-state';

export type DuplicateView = { id: number; title: string; figure: string; date: string; stage: string };
export type ConflictView = { changedBy: string; changedAt: string; currentVersion: number; fields: { field: string; mine: string; theirs: string }[] };
export type PledgeFormState = ActionState & { duplicates?: DuplicateView[]; conflict?: ConflictView };

function conflictState(id: number, mine: ReturnType<typeof valuesFromFormData>, error: VersionConflictError): PledgeFormState {
  const current = getPledge(id);
  const fields = current ? differingFields(mine, valuesFromInput(pledgeToInput(current))) : [];
  const when = formatTimestamp(error.changedAt);
  return {
    message: `Not saved: this pledge was changed by ${error.changedBy} at ${when} since you opened it. Compare both versions below.`,
    conflict: { changedBy: error.changedBy, changedAt: when, currentVersion: current?.version ?? error.current, fields },
  };
}

export async function savePledgeAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const user = await requireEditor();
  const id = Number(form.get('id')) || null;
  const values = valuesFromFormData(form);
  const input = inputFromValues(values);
  const note = String(form.get('note') ?? '').trim().slice(0, 1000) || null;
  let savedId: number;
  try {
    if (id == null) {
      const data = parsePledge(input);
      const duplicates = form.get('confirmDuplicate') === 'yes' ? [] : findDuplicatesOf(data);
      if (duplicates.length > 0) {
        return {
          message: 'Not saved yet: is this the same as one of these pledges? Open it to check, or save anyway if it is a different pledge.',
          duplicates: duplicates.map((d) => ({
            id: d.id, title: d.title, figure: claimText(d.amount, d.currency, d.isLowerBound), date: formatDateAt(d.announcedOn, d.datePrecision), stage: d.stage,
          })),
        };
      }
      savedId = createPledge(input, actorFor(user), note).id;
    } else {
      // "Keep mine" after a conflict resubmits with the version the editor has now seen.
      const version = Number(form.get('overrideVersion') || form.get('version'));
      savedId = updatePledge(id, input, Number.isSafeInteger(version) ? version : -1, actorFor(user), note).id;
    }
  } catch (error) {
    if (error instanceof VersionConflictError && id != null) return conflictState(id, values, error);
    return failureState(error);
  }
  revalidatePath('/', 'layout');
  redirect(`/editor/pledges/${savedId}?saved=${id == null ? 'created' : 'updated'}`);
}

export async function retractPledgeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireEditor();
  const id = Number(form.get('id'));
  try {
    retractPledge(id, { reason: String(form.get('reason') ?? '') }, Number(form.get('version')), actorFor(user));
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return { message: `Not retracted: changed by ${error.changedBy} at ${formatTimestamp(error.changedAt)} since you opened it. Reload to see the current version.` };
    }
    return failureState(error);
  }
  revalidatePath('/', 'layout');
  redirect(`/editor/pledges/${id}?saved=retracted`);
}
