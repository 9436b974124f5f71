import type { RevisionView } from '@/db/pledges';
import { partyNamesFor } from '@/db/pledges';
import { formatTimestamp } from '@/lib/format';
import { REVISION_ACTION_LABELS } from '@/lib/domain';
import { currenciesInForce, describeChanges } from '@/lib/revision-changes';

/** Public history: who changed what, when and why, each change as the page shows the field. */
export async function RevisionHistory({ revisions }: { revisions: RevisionView[] }) {
  const partyName = await partyNamesFor(revisions);
  const currencies = currenciesInForce(revisions);
  return (
    <section aria-labelledby="history-h" className="rounded border border-line bg-paper p-4">
      <h2 id="history-h" className="font-semibold">
        Revision history ({revisions.length})
      </h2>
      <ol className="mt-2 space-y-3 text-sm">
        {[...revisions].reverse().map((r) => (
          <li key={r.id} data-testid="revision">
            <p>
              <strong>{REVISION_ACTION_LABELS[r.action]}</strong> by {r.actorLabel} on {formatTimestamp(r.at)}{' '}
              (version {r.version}){r.reason ? ` — “${r.reason}”` : ''}
            </p>
            {r.action !== 'create' && (
              <table className="mt-1 w-full text-left">
                <thead>
                  <tr className="text-muted">
                    <th className="pr-2 font-normal">Field</th>
                    <th className="pr-2 font-normal">Before</th>
                    <th className="font-normal">After</th>
                  </tr>
                </thead>
                <tbody>
                  {describeChanges(r.changes, { partyName, currency: currencies.get(r.id) }).map((line) => (
                    <tr key={line.field} className="align-top">
                      <td className="pr-2">{line.label}</td>
                      <td className="pr-2 break-all">{line.before}</td>
                      <td className="break-all">{line.after}</td>
                    </tr>
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
