// `npm run users -- add <email> --role editor|admin --name "Display Name"` (password on stdin),
// `password <email> [--temporary]` (new password on stdin), `role <email> --role editor|admin`,
// `disable <email>`, `enable <email>`,
// `list`, `token <email> [--label text]` (prints a new API token once). The verbs enforce the
// rules (an active admin remains, a display name is given), so this obeys what the pages obey.
import { prepareDatabase, fail } from './lib/prepare';
import { createUser, disableUser, enableUser, listUsers, resolveUserId, setUserRole } from '../db/accounts';
import { resetPassword } from '../db/accounts';
import { inviteSchema } from '../lib/user-schema';
import { parseOrThrow } from '../lib/validation';
import { createApiToken } from '../db/accounts';
import { closeDatabase } from '../db/connection';
import { NotFoundError, ValidationError } from '../lib/validation';

const USAGE = `usage: npm run users -- add <email> --role editor|admin --name "Display Name"   (password read from stdin)
       npm run users -- password <email> [--temporary]   (new password read from stdin; --temporary: they must change it at sign-in)
       npm run users -- role <email> --role editor|admin
       npm run users -- disable <email> | enable <email> | list | token <email> [--label text]`;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/** The password: the first line of piped stdin, or typed at a prompt without echo. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0];
  }
  process.stdout.write('Password (at least 12 characters): ');
  process.stdin.setRawMode(true);
  let typed = '';
  for await (const chunk of process.stdin) {
    for (const ch of String(chunk)) {
      if (ch === '\r' || ch === '\n') {
        process.stdin.setRawMode(false);
        process.stdout.write('\n');
        return typed;
      }
      if (ch === '\u0003') process.exit(130);
      typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
    }
  }
  return typed;
}

async function main(args: string[]): Promise<void> {
  const [command, email] = args;
  switch (command) {
    case 'add': {
      if (!email) fail(USAGE);
      const input = {
        email,
        role: option(args, '--role') ?? '',
        name: option(args, '--name') ?? '',
        password: await readPassword(),
      };
      const user = await createUser(parseOrThrow(inviteSchema, input));
      console.log(`Created ${user.role} ${user.email} (id ${user.id}), shown as “${user.name}”.`);
      return;
    }
    case 'password': {
      if (!email) fail(USAGE);
      const id = await resolveUserId(email);
      const temporary = args.includes('--temporary');
      const user = await resetPassword(id, await readPassword(), { temporary });
      console.log(
        `New password set for ${user.email}; their sessions end now${temporary ? ' and they must choose their own at next sign-in' : ''}.`,
      );
      return;
    }
    case 'role': {
      if (!email) fail(USAGE);
      const user = await setUserRole(await resolveUserId(email), (option(args, '--role') ?? '') as 'editor');
      console.log(`${user.email} is now ${user.role}; their sessions end now.`);
      return;
    }
    case 'disable':
    case 'enable': {
      if (!email) fail(USAGE);
      const user = await (command === 'disable' ? disableUser : enableUser)(await resolveUserId(email));
      console.log(
        `${command === 'disable' ? 'Disabled' : 'Enabled'} ${user.email}; ${command === 'disable' ? 'their sessions and API tokens stop working now' : 'they can sign in again'}.`,
      );
      return;
    }
    case 'list':
      for (const u of await listUsers())
        console.log(
          [
            u.email,
            u.role,
            u.disabledAt ? `disabled ${u.disabledAt}` : 'active',
            u.name ?? '',
            u.nameNeedsReview ? '(name to review)' : '',
          ]
            .join('\t')
            .trimEnd(),
        );
      return;
    case 'token': {
      if (!email) fail(USAGE);
      const { token } = await createApiToken(
        await resolveUserId(email),
        option(args, '--label') ?? 'command line',
      );
      console.log(token);
      console.error('This token is shown once; store it now. Revoke it from Editor → Settings.');
      return;
    }
    default:
      fail(USAGE);
  }
}

prepareDatabase({ seed: false })
  .then(() => main(process.argv.slice(2)))
  .catch((error) => {
    if (error instanceof ValidationError || error instanceof NotFoundError) fail(error.message);
    fail(error instanceof Error ? error.message : String(error));
  })
  .finally(() => closeDatabase());
