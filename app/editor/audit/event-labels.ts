// The audit log's events in words, as the /editor/audit page and its filter show them.
import type { AuditEvent } from '@/lib/domain';

export const AUDIT_EVENT_LABELS: Record<AuditEvent, string> = {
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  sign_out: 'Signed out',
  setup: 'Created the first admin',
  invite: 'Invited an account',
  role_change: 'Changed a role',
  disable: 'Disabled an account',
  enable: 'Enabled an account',
  password_change: 'Changed own password',
  password_reset: 'Reset a password',
  token_create: 'Created an API token',
  token_revoke: 'Revoked an API token',
  fiscal_year_change: "Changed a donor's fiscal year",
  release_cut: 'Cut a release',
};
