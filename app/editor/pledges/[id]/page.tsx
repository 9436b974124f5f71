import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { editorForPage } from '../../_lib/editor-page';
import { PledgeForm } from '../_form/pledge-form';
import { loadFormOptions } from '../_form/form-options';
import { RetractForm, UnretractForm } from './reason-forms';
import { RestoreForm } from './restore-form';
import { ProgressForm } from './progress-form';
import { nextStages } from '@/lib/progress-schema';
import { getPledge } from '@/db/pledges';
import { pledgeToInput } from '@/db/pledges';
import { valuesFromInput } from '@/lib/pledge-form';
import { claimText, formatTimestamp } from '@/lib/format';
import { REVISION_ACTION_LABELS, STAGE_LABELS } from '@/lib/domain';
import { mergedMessage } from '@/lib/pledge-merge';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit pledge' };

const SAVED: Record<string, string> = {
  created: 'Pledge saved.',
  updated: 'Changes saved.',
  retracted: 'Pledge retracted.',
  unretracted: 'Pledge un-retracted.',
  restored: 'Version restored.',
  progress: 'Progress recorded.',
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; since?: string; fields?: string }>;
};

export default async function EditPledgePage({ params, searchParams }: Props) {
  const { id } = await params;
  await editorForPage(`/editor/pledges/${id}`);
  const pledge = /^\d{1,15}$/.test(id) ? await getPledge(Number(id)) : null;
  if (!pledge) notFound();
  const query = await searchParams;
  const saved =
    query.saved === 'merged'
      ? mergedMessage(pledge.revisions, Number(query.since), String(query.fields ?? ''))
      : SAVED[query.saved ?? ''];
  const last = pledge.revisions.at(-1);
  // Versions whose fields differ from the one before: retracting and un-retracting change no field.
  const earlier = pledge.revisions
    .filter((r) => r.version < pledge.version && r.action !== 'retract' && r.action !== 'unretract')
    .map((r) => ({
      version: r.version,
      label: `Version ${r.version}: ${REVISION_ACTION_LABELS[r.action].toLowerCase()} by ${r.actorLabel} on ${formatTimestamp(r.at)}${r.reason ? ` (“${r.reason}”)` : ''}`,
    }))
    .reverse();
  return (
    <div className="space-y-4">
      {saved && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2">
          {saved} <Link href={`/pledges/${pledge.id}`}>See it as the public sees it, with its history</Link>.
        </p>
      )}
      <h1 className="text-2xl font-semibold">Edit pledge #{pledge.id}</h1>
      <p className="text-sm text-muted">
        Version {pledge.version}
        {last ? `, last changed by ${last.actorLabel} at ${formatTimestamp(last.at)}` : ''}.{' '}
        <Link href={`/pledges/${pledge.id}`}>Public page and history</Link>
      </p>
      {pledge.retractedAt ? (
        <>
          <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-2">
            Retracted on {formatTimestamp(pledge.retractedAt)}: {pledge.retractionReason}. It is read-only
            until it is un-retracted.
          </p>
          <dl
            className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-line bg-paper p-3 text-sm"
            data-testid="retracted-summary"
          >
            <dt className="text-muted">Title</dt>
            <dd>{pledge.title}</dd>
            <dt className="text-muted">Donor → recipient</dt>
            <dd>
              {pledge.donor.name} → {pledge.recipient.name}
            </dd>
            <dt className="text-muted">Amount</dt>
            <dd>{claimText(pledge.amount, pledge.currency, pledge.isLowerBound)}</dd>
            <dt className="text-muted">Stage</dt>
            <dd>{STAGE_LABELS[pledge.stage]}</dd>
          </dl>
          <UnretractForm key={pledge.version} id={pledge.id} version={pledge.version} />
        </>
      ) : (
        <>
          {pledge.kind === 'item' && nextStages(pledge.stage).length > 0 && (
            <ProgressForm
              key={`progress-${pledge.version}`}
              id={pledge.id}
              version={pledge.version}
              stages={nextStages(pledge.stage)}
            />
          )}
          {/* key: a saved edit remounts the form with the stored values and the new version. */}
          <PledgeForm
            key={pledge.version}
            initial={valuesFromInput(pledgeToInput(pledge))}
            id={pledge.id}
            version={pledge.version}
            {...(await loadFormOptions())}
          />
          <RestoreForm
            key={`restore-${pledge.version}`}
            id={pledge.id}
            version={pledge.version}
            versions={earlier}
          />
          <RetractForm id={pledge.id} version={pledge.version} />
        </>
      )}
    </div>
  );
}
