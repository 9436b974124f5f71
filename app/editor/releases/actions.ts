'use server';
// Cutting a release: admins only. requireAdmin() 403s anyone else before anything is read, and the
// verb checks again inside its write (db/releases/cut.ts), so no other path skips the rule.
import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/auth';
import { cutRelease } from '@/db/releases';
import { formatTimestamp } from '@/lib/format';
import { failureState, textFields, type ActionState } from '../_lib/action-state';

export async function cutReleaseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  try {
    const { name, note } = textFields(form, ['name', 'note']);
    const release = await cutRelease({ name, note, actor: admin });
    revalidatePath('/editor/releases');
    revalidatePath('/releases');
    return {
      ok: true,
      message: `Release ${release.name} cut at ${formatTimestamp(release.cutAt)}: it names the record as it stands now.`,
    };
  } catch (error) {
    return failureState(error);
  }
}
