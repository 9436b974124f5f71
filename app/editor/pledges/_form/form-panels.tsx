// What the save action can come back with besides field errors: possible duplicates ("is this the
// same as …?") and an edit conflict ("changed by X at T since you opened it", both values shown).
import Link from 'next/link';
import type { ConflictView, DuplicateView } from '../actions';

export function DuplicatePanel({ duplicates, pending }: { duplicates?: DuplicateView[]; pending: boolean }) {
  if (!duplicates?.length) return null;
  return (
    <section
      aria-labelledby="dup-h"
      className="rounded border-2 border-amber-600 bg-amber-50 p-3"
      data-testid="duplicates"
    >
      <h2 id="dup-h" className="font-semibold">
        Is this the same as …?
      </h2>
      <ul className="my-2 list-disc pl-5 text-sm">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/editor/pledges/${d.id}`} target="_blank">
              #{d.id} {d.title}
            </Link>{' '}
            — {d.figure}, {d.date}, {d.stage}
          </li>
        ))}
      </ul>
      <button
        type="submit"
        name="confirmDuplicate"
        value="yes"
        disabled={pending}
        className="rounded bg-amber-700 px-3 py-1 text-white"
      >
        It is a different pledge — save anyway
      </button>
    </section>
  );
}

export function ConflictPanel({
  conflict,
  reloadHref,
  pending,
}: {
  conflict?: ConflictView;
  reloadHref: string;
  pending: boolean;
}) {
  if (!conflict) return null;
  return (
    <section
      aria-labelledby="conflict-h"
      className="rounded border-2 border-red-700 bg-red-50 p-3"
      data-testid="conflict"
    >
      <h2 id="conflict-h" className="font-semibold">
        Changed by {conflict.changedBy} at {conflict.changedAt} since you opened it
      </h2>
      <p className="text-sm">
        Only what you both changed is asked about: choose, for each field, the value to save.
        {conflict.kept.length > 0 &&
          ` Their changes to ${conflict.kept.map((k) => k.label).join(', ')} are kept; the rest of yours too.`}
      </p>
      <table className="my-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th className="pr-2">Field</th>
            <th className="pr-2">Yours (not saved)</th>
            <th>Theirs (saved, version {conflict.currentVersion})</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((f) => (
            <tr key={f.field} className="align-top" data-testid="conflict-field">
              <td className="pr-2">{f.label}</td>
              <td className="pr-2 break-all">
                <Choice f={f} side="mine" />
              </td>
              <td className="break-all">
                <Choice f={f} side="theirs" />
              </td>
            </tr>
          ))}
          {conflict.kept.map((k) => (
            <tr key={k.label} className="align-top text-muted">
              <td className="pr-2">{k.label}</td>
              <td colSpan={2} className="break-all">
                {k.value || '—'} (their change, kept)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="overrideVersion"
          value={conflict.currentVersion}
          disabled={pending}
          className="rounded bg-red-700 px-3 py-1 text-white"
        >
          Save with these choices
        </button>
        <a href={reloadHref} className="rounded border border-line px-3 py-1">
          Discard mine and load theirs
        </a>
      </div>
    </section>
  );
}

function Choice({ f, side }: { f: ConflictView['fields'][number]; side: 'mine' | 'theirs' }) {
  return (
    <label className="flex items-start gap-2">
      <input
        type="radio"
        name={`resolve.${f.field}`}
        value={side}
        defaultChecked={f.choice === side}
        aria-label={`${f.label}: keep ${side}`}
      />
      <span>{(side === 'mine' ? f.mine : f.theirs) || '—'}</span>
    </label>
  );
}
