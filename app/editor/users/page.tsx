import type { Metadata } from 'next';
import { editorForPage } from '../_lib/editor-page';
import { listUsers } from '@/db/accounts';
import { InviteForm, UserRow } from './user-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await editorForPage('/editor/users', { admin: true });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Users</h1>
      {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways.
          relative: the rows' visually hidden labels are positioned absolutely, and would otherwise
          stretch the page from outside the box. */}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse bg-paper text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th className="p-2">Email</th>
              <th className="p-2">Display name and password</th>
              <th className="p-2">Status</th>
              <th className="p-2">Role and access</th>
            </tr>
          </thead>
          <tbody>
            {(await listUsers()).map((u) => (
              <UserRow
                key={u.id}
                user={{
                  id: u.id,
                  email: u.email,
                  name: u.name,
                  nameNeedsReview: u.nameNeedsReview,
                  mustChangePassword: u.mustChangePassword,
                  role: u.role,
                  disabled: !!u.disabledAt,
                }}
                isMe={u.id === me.id}
              />
            ))}
          </tbody>
        </table>
      </div>
      <InviteForm />
    </div>
  );
}
