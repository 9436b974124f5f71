// Who may call each way of changing data. The access tests check every entry for every caller,
// and fail when the code gains a write route or server action that is not listed here.
export type Rule =
  | 'editors' // server action: active editors and admins; everyone else 403
  | 'admins' // server action: active admins only
  // server action: active editors and admins, called here with input it answers without writing
  // (a dry run; a confirm naming no staged upload) — the write itself is the import page's e2e test
  | 'editors-no-write'
  | 'first-run' // /setup: only while no account exists (404 afterwards, for everyone)
  | 'token' // API write: a live token of an active account; anything else 401
  | 'no-such-method' // a method the route refuses for everyone with 405
  | 'no-such-route' // an /api/v1 path no endpoint answers: 404 for everyone
  | 'sign-in' // next-auth's own endpoints: public, guarded by its CSRF token
  // public by design: browsers post CSP violation reports with no session; it only writes a log line
  | 'public';

const API = [
  'app/api/v1/changes/route.ts',
  'app/api/v1/changes/summary/route.ts',
  'app/api/v1/donors/route.ts',
  'app/api/v1/openapi.json/route.ts',
  'app/api/v1/series/route.ts',
  'app/api/v1/summary/route.ts',
  'app/api/v1/years/route.ts',
];

export const ACCESS_MATRIX: Record<string, Rule> = {
  'action app/editor/import/actions.ts#checkImportAction': 'editors-no-write',
  'action app/editor/import/actions.ts#confirmImportAction': 'editors-no-write',
  'action app/editor/pledges/actions.ts#savePledgeAction': 'editors',
  'action app/editor/pledges/actions.ts#retractPledgeAction': 'editors',
  'action app/editor/pledges/undo-actions.ts#unretractPledgeAction': 'editors',
  'action app/editor/pledges/undo-actions.ts#restoreVersionAction': 'editors',
  'action app/editor/pledges/progress-actions.ts#recordProgressAction': 'editors',
  'action app/editor/parties/actions.ts#setFiscalYearAction': 'editors',
  'action app/editor/settings/actions.ts#createTokenAction': 'editors',
  'action app/editor/settings/actions.ts#revokeTokenAction': 'editors',
  'action app/editor/settings/actions.ts#changePasswordAction': 'editors-no-write',
  'action app/editor/tokens/actions.ts#revokeAnyTokenAction': 'admins',
  'action app/editor/users/actions.ts#inviteUserAction': 'admins',
  'action app/editor/users/actions.ts#updateUserAction': 'admins',
  'action app/editor/releases/actions.ts#cutReleaseAction': 'admins',
  'action app/setup/actions.ts#createFirstAdminAction': 'first-run',
  'POST app/api/v1/pledges/route.ts': 'token',
  'PATCH app/api/v1/pledges/[id]/route.ts': 'token',
  'DELETE app/api/v1/pledges/[id]/route.ts': 'token',
  'PUT app/api/v1/pledges/route.ts': 'no-such-method',
  'PATCH app/api/v1/pledges/route.ts': 'no-such-method',
  'DELETE app/api/v1/pledges/route.ts': 'no-such-method',
  'POST app/api/v1/pledges/[id]/route.ts': 'no-such-method',
  'PUT app/api/v1/pledges/[id]/route.ts': 'no-such-method',
  ...Object.fromEntries(
    API.flatMap((file) =>
      ['POST', 'PUT', 'PATCH', 'DELETE'].map((m) => [`${m} ${file}`, 'no-such-method' as Rule]),
    ),
  ),
  ...Object.fromEntries(
    ['POST', 'PUT', 'PATCH', 'DELETE'].map((m) => [
      `${m} app/api/v1/[...path]/route.ts`,
      'no-such-route' as Rule,
    ]),
  ),
  'POST app/api/auth/[...nextauth]/route.ts': 'sign-in',
  'POST app/api/csp-report/route.ts': 'public',
};

/** The URL a route file answers at, with `[id]` filled in. */
export function routeUrl(file: string, id: number): string {
  return (
    '/' +
    file
      .replace(/^app\//, '')
      .replace(/\/route\.ts$/, '')
      .replace('[id]', String(id))
      .replace('[...path]', 'no-such-endpoint')
  );
}
