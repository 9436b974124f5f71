// What the save action can come back with besides field errors: possible duplicates ("is this the
// same as …?") and an edit conflict ("changed by X at T since you opened it", both values shown).
import Link from 'next/link';
import type { ConflictView, DuplicateView } from '../actions';

export function DuplicatePanel({ duplicates, pending }: { duplicates?: DuplicateView[]; pending: boolean }) {
  if (!duplicates?.length) return null;
  return (
    <section aria-labelledby="dup-h" className="rounded border-2 border-amber-600 bg-amber-50 p-3" data-testid="duplicates">
      <h2 id="dup-h" className="font-semibold">Is this the same as …?</h2>
      <ul className="my-2 list-disc pl-5 text-sm">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/editor/pledges/${d.id}`} target="_blank">#{d.id} {d.title}</Link> — {d.figure}, {d.date}, {d.stage}
          </li>
        ))}
      </ul>
      <button type="submit" name="confirmDuplicate" value="yes" disabled={pending} className="rounded bg-amber-700 px-3 py-1 text-white">
        It is a different pledge — save anyway
      </button>
    </section>
  );
}

export function ConflictPanel({ conflict, reloadHref, pending }: { conflict?: ConflictView; reloadHref: string; pending: boolean }) {
  if (!conflict) return null;
  return (
    <section aria-labelledby="conflict-h" className="rounded border-2 border-red-700 bg-red-50 p-3" data-testid="conflict">
      <h2 id="conflict-h" className="font-semibold">Changed by {conflict.changedBy} at {conflict.changedAt} since you opened it</h2>
      <table className="my-2 w-full text-left text-sm">
        <thead><tr><th className="pr-2">Field</th><th className="pr-2">Yours (not saved)</th><th>Theirs (saved, version {conflict.currentVersion})</th></tr></thead>
        <tbody>
          {conflict.fields.map((f) => (
            <tr key={f.field} className="align-top"><td className="pr-2">{f.field}</td><td className="pr-2 break-all">{f.mine || '—'}</td><td className="break-all">{f.theirs || '—'}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="overrideVersion" value={conflict.currentVersion} disabled={pending} className="rounded bg-red-700 px-3 py-1 text-white">
          Save mine over theirs
        </button>
        <a href={reloadHref} className="rounded border border-line px-3 py-1">Discard mine and load theirs</a>
      </div>
    </section>
  );
}
