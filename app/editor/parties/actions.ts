'use server';
// Sets a donor's fiscal-year start month (/editor/parties). Checks the session itself; the verb
// parses the input (a month from 1 to 12, or empty), a refused value changes nothing, and a change
// is recorded in the audit log under the editor's account.
import { revalidatePath } from 'next/cache';
import { requireEditor } from '@/auth';
import { setFiscalYearStart } from '@/db/parties';
import { MONTH_NAMES_LONG } from '@/lib/fiscal-year-schema';
import { failureState, textFields, type ActionState } from '../_lib/action-state';

export async function setFiscalYearAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const editor = await requireEditor();
  try {
    const party = await setFiscalYearStart(textFields(form, ['party', 'fiscalYearStartMonth']), editor);
    revalidatePath('/', 'layout');
    const month = party.fiscalYearStartMonth;
    return {
      ok: true,
      message:
        month == null || month === 1
          ? `Saved: ${party.name} counts calendar years.`
          : `Saved: ${party.name}'s fiscal year starts in ${MONTH_NAMES_LONG[month - 1]}.`,
    };
  } catch (error) {
    return failureState(error);
  }
}
