// The changes themselves, newest first: what kind, which pledge and parties, who, when and why,
// each changed field as the pledge page's history shows it, and what it did to the totals.
import Link from 'next/link';
import type { ChangeView } from '@/db/changes';
import { formatTimestamp } from '@/lib/format';
import { CHANGE_HEADINGS, changeLines, effectText, type Names } from '@/lib/changes-text';

function FieldTable({ change, names }: { change: ChangeView; names: Names }) {
  const created = change.kind === 'create';
  return (
    <table className="mt-1 w-full text-left">
      <thead>
        <tr className="text-muted">
          <th className="pr-2 font-normal">Field</th>
          {!created && <th className="pr-2 font-normal">Before</th>}
          <th className="font-normal">{created ? 'Value' : 'After'}</th>
        </tr>
      </thead>
      <tbody>
        {changeLines(change, names).map((line) => (
          <tr key={line.field} className="align-top">
            <td className="pr-2">{line.label}</td>
            {!created && <td className="pr-2 break-all">{line.before}</td>}
            <td className="break-all">{line.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChangeList({ changes, names }: { changes: ChangeView[]; names: Names }) {
  return (
    <ol className="space-y-4 text-sm">
      {changes.map((c) => (
        <li key={c.id} data-testid="change" className="rounded border border-line bg-paper p-3">
          <p>
            <strong data-testid="change-kind">{CHANGE_HEADINGS[c.kind]}</strong>:{' '}
            <Link href={`/pledges/${c.pledgeId}`}>{c.title}</Link> (
            <Link href={`/donors/${c.donor.slug}`}>{c.donor.name}</Link> →{' '}
            <Link href={`/recipients/${c.recipient.slug}`}>{c.recipient.name}</Link>)
          </p>
          <p className="text-muted">
            by {c.actorLabel} on <time dateTime={c.at}>{formatTimestamp(c.at)}</time> (version {c.version})
            {c.reason ? ` — “${c.reason}”` : ''}
          </p>
          <details open={c.kind !== 'create'}>
            <summary className="cursor-pointer">
              {c.kind === 'create' ? 'What was recorded' : 'What changed'}
            </summary>
            <FieldTable change={c} names={names} />
          </details>
          {c.effect.length > 0 && (
            <p data-testid="change-effect">
              Effect on the totals: {c.effect.map((d) => effectText(d, names)).join('; ')}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
