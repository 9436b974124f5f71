import type { RevisionView } from '@/db/revisions';
import { formatTimestamp } from '@/lib/format';

function show(value: unknown): string {
  if (value == null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join('; ') : '—';
  return String(value);
}

/** Public history: who changed what, when and why. */
export function RevisionHistory({ revisions }: { revisions: RevisionView[] }) {
  return (
    <section aria-labelledby="history-h" className="rounded border border-line bg-paper p-4">
      <h2 id="history-h" className="font-semibold">Revision history ({revisions.length})</h2>
      <ol className="mt-2 space-y-3 text-sm">
        {[...revisions].reverse().map((r) => (
          <li key={r.id} data-testid="revision">
            <p>
              <strong>{r.action === 'create' ? 'Created' : r.action === 'retract' ? 'Retracted' : 'Edited'}</strong>{' '}
              by {r.actorLabel} on {formatTimestamp(r.at)} (version {r.version}){r.reason ? ` — “${r.reason}”` : ''}
            </p>
            {r.action !== 'create' && (
              <table className="mt-1 w-full text-left">
                <thead><tr className="text-muted"><th className="pr-2 font-normal">Field</th><th className="pr-2 font-normal">Before</th><th className="font-normal">After</th></tr></thead>
                <tbody>
                  {Object.entries(r.changes).map(([field, [before, after]]) => (
                    <tr key={field} className="align-top"><td className="pr-2">{field}</td><td className="pr-2 break-all">{show(before)}</td><td className="break-all">{show(after)}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
