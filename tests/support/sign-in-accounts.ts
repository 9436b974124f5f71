// The accounts the sign-in tests share: Ed (an editor), another editor, and an admin besides Ed, so
// Ed promoted and demoted again never leaves the site without one. Returns Ed's id.
import { createUser } from '../../db/accounts/users';

export async function createSignInAccounts(): Promise<number> {
  const ed = await createUser({
    email: 'ed@example.org',
    password: 'editor password 1',
    role: 'editor',
    name: 'Ed',
  });
  await createUser({ email: 'other@example.org', password: 'other password 12', role: 'editor' });
  await createUser({
    email: 'admin@example.org',
    password: 'admin password 12',
    role: 'admin',
    name: 'Admin',
  });
  return ed.id;
}
