'use server';
// Un-retract a pledge, or restore an earlier version of it, from the editor's pledge page. Like
// every action, each checks the session itself and writes through a verb that records a revision.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireEditor } from '@/auth';
import { actorFor } from '@/db/accounts';
import { restorePledgeVersion, unretractPledge } from '@/db/pledges';
import { formatTimestamp } from '@/lib/format';
import { VersionConflictError } from '@/lib/validation';
import { failureState, type ActionState } from '../_lib/action-state';

function staleState(error: VersionConflictError, what: string): ActionState {
  return {
    message: `Not ${what}: changed by ${error.changedBy} at ${formatTimestamp(error.changedAt)} since you opened it. Reload to see the current version.`,
  };
}

export async function unretractPledgeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireEditor();
  const id = Number(form.get('id'));
  try {
    await unretractPledge({
      id,
      input: { reason: String(form.get('reason') ?? '') },
      expectedVersion: Number(form.get('version')),
      actor: actorFor(user),
    });
  } catch (error) {
    if (error instanceof VersionConflictError) return staleState(error, 'un-retracted');
    return failureState(error);
  }
  revalidatePath('/', 'layout');
  redirect(`/editor/pledges/${id}?saved=unretracted`);
}

export async function restoreVersionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireEditor();
  const id = Number(form.get('id'));
  try {
    await restorePledgeVersion(
      id,
      Number(form.get('restoreVersion')),
      Number(form.get('version')),
      actorFor(user),
      String(form.get('note') ?? '').slice(0, 1000),
    );
  } catch (error) {
    if (error instanceof VersionConflictError) return staleState(error, 'restored');
    return failureState(error);
  }
  revalidatePath('/', 'layout');
  redirect(`/editor/pledges/${id}?saved=restored`);
}
