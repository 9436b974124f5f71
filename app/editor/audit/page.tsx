import type { Metadata } from 'next';
import Link from 'next/link';
import { editorForPage } from '../_lib/editor-page';
import { listAudit } from '@/db/accounts';
import { formatTimestamp } from '@/lib/format';
import { AUDIT_EVENTS, type AuditEvent } from '@/lib/domain';
import { AUDIT_EVENT_LABELS } from './event-labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const isEvent = (value: unknown): value is AuditEvent => AUDIT_EVENTS.includes(value as AuditEvent);
const who = (name: string | null, email: string | null) => (email ? `${name ?? email} (${email})` : '—');

/** Admins only: sign-ins, account changes and tokens, newest first, a page at a time. */
export default async function AuditPage({ searchParams }: Props) {
  await editorForPage('/editor/audit', { admin: true });
  const params = await searchParams;
  const event = isEvent(params.event) ? params.event : undefined;
  const before = Number(params.before);
  const rows = await listAudit({
    limit: PAGE_SIZE,
    event,
    before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
  });
  const older =
    rows.length === PAGE_SIZE
      ? `/editor/audit?${new URLSearchParams({ ...(event ? { event } : {}), before: String(rows.at(-1)!.id) })}`
      : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="text-sm font-medium">
          Event
          <select name="event" defaultValue={event ?? ''} className="ml-2 rounded border border-line px-1">
            <option value="">Every event</option>
            {AUDIT_EVENTS.map((e) => (
              <option key={e} value={e}>
                {AUDIT_EVENT_LABELS[e]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-line px-2">
          Show
        </button>
      </form>
      {rows.length === 0 && (
        <p role="status">
          No {event ? `“${AUDIT_EVENT_LABELS[event]}” ` : ''}entries{params.before ? ' older than these' : ''}
          .
        </p>
      )}
      {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways. */}
      <div
        className="overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label="Audit log entries (scrolls sideways)"
      >
        <table className="w-full border-collapse bg-paper text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th className="p-2">When</th>
              <th className="p-2">Event</th>
              <th className="p-2">Who</th>
              <th className="p-2">On whom</th>
              <th className="p-2">Detail</th>
              <th className="p-2">Address</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-line align-top" data-testid="audit-row">
                <td className="p-2 num">{formatTimestamp(r.at)}</td>
                <td className="p-2">{AUDIT_EVENT_LABELS[r.event]}</td>
                <td className="p-2 break-all">{who(r.actorName, r.actorEmail)}</td>
                <td className="p-2 break-all">{who(r.subjectName, r.subjectEmail)}</td>
                <td className="p-2 break-all">{r.detail || '—'}</td>
                <td className="p-2">{r.address ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {older && (
        <p>
          <Link href={older}>Older entries</Link>
        </p>
      )}
    </div>
  );
}
