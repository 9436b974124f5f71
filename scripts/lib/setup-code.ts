// First run: while no account exists, the console shows the code /setup asks for (db/accounts/setup-code.ts).
import { closeDatabase } from '../../db/connection';
import { countUsers } from '../../db/accounts';
import { issueSetupCode } from '../../db/accounts';
import { SETUP_CODE_LINE } from './setup-code-line';

export async function printSetupCode(setupUrl: string): Promise<void> {
  try {
    if ((await countUsers()) > 0) return;
    const code = await issueSetupCode();
    console.log(
      `No account exists yet. Create the first admin at ${setupUrl} with this one-time code.\n${SETUP_CODE_LINE} ${code}`,
    );
  } finally {
    await closeDatabase();
  }
}
