'use server';
// "Record progress" on the editor's pledge page: checks the session itself, writes through the
// verb (which records the revision) and refreshes every page the step can touch.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/auth';
import { actorFor } from '@/db/accounts';
import { recordProgress } from '@/db/pledges';
import { formatTimestamp } from '@/lib/format';
import { VersionConflictError } from '@/lib/validation';
import { progressFieldName } from '@/lib/progress-schema';
import { failureState, textFields, type ActionState } from '../_lib/action-state';

const FIELDS = ['stage', 'date', 'url', 'publisher', 'title', 'quote'] as const;

export async function recordProgressAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireEditor();
  const id = Number(form.get('id'));
  try {
    const named = textFields(form, FIELDS.map(progressFieldName));
    const input = Object.fromEntries(FIELDS.map((key) => [key, named[progressFieldName(key)]]));
    await recordProgress({ id, input, expectedVersion: Number(form.get('version')), actor: actorFor(user) });
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return {
        message: `Nothing was saved: changed by ${error.changedBy} at ${formatTimestamp(error.changedAt)} since you opened it. Reload to see the current version.`,
      };
    }
    const state = failureState(error);
    if (state.errors)
      state.errors = Object.fromEntries(
        Object.entries(state.errors).map(([k, v]) => [k === '_' ? k : progressFieldName(k), v]),
      );
    return state;
  }
  revalidatePath('/', 'layout');
  redirect(`/editor/pledges/${id}?saved=progress`);
}
