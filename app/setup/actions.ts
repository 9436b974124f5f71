'use server';
import { forbidden, notFound, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { countUsers, createFirstAdmin } from '@/db/accounts';
import { isSetupCode, setupCodeIn, retireSetupCodes } from '@/db/accounts';
import { recordAudit } from '@/db/accounts';
import { setupSchema } from '@/lib/user-schema';
import { fieldErrorsOf, ValidationError, type FieldErrors } from '@/lib/validation';
import { isCrossSite } from '@/lib/same-origin';
import { requestAddress } from '@/lib/client-address';
import { failureState, textFields, type ActionState } from '../editor/_lib/action-state';
import { serverConfig } from '@/lib/env';

const CODE_MISSING = 'Setup code is missing: enter the one `npm start` printed on the server’s console';
const CODE_WRONG = 'Setup code is not the one the server printed: copy it again from the server’s console';

/** Every field's problem at once: the form's own fields and the setup code. */
async function refusals(
  parsed: ReturnType<typeof setupSchema.safeParse>,
  code: string,
): Promise<FieldErrors> {
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (!code.trim()) errors.setupCode = [CODE_MISSING];
  else if (!(await isSetupCode(code))) errors.setupCode = [CODE_WRONG];
  return errors;
}

export async function createFirstAdminAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const asked = await headers();
  if (isCrossSite(asked, serverConfig().siteUrl)) forbidden();
  if ((await countUsers()) > 0) notFound();
  try {
    const code = String(form.get('setupCode') ?? '');
    const parsed = setupSchema.safeParse(textFields(form, ['email', 'name', 'password', 'confirm']));
    const errors = await refusals(parsed, code);
    if (!parsed.success || Object.keys(errors).length) throw new ValidationError(errors);
    // createFirstAdmin re-checks inside its transaction, so two racing submissions make one admin;
    // the code is checked again there, and retired with the account's creation.
    await createFirstAdmin(
      { email: parsed.data.email, name: parsed.data.name, password: parsed.data.password },
      async (tx, user) => {
        if (!(await setupCodeIn(tx, code))) throw new ValidationError({ setupCode: [CODE_WRONG] });
        await retireSetupCodes(tx);
        await recordAudit(
          {
            event: 'setup',
            actorId: user.id,
            detail: user.email,
            address: requestAddress((n) => asked.get(n)),
          },
          tx,
        );
      },
    );
  } catch (error) {
    return failureState(error);
  }
  redirect('/login?setup=done');
}
