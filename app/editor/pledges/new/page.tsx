import type { Metadata } from 'next';
import { editorForPage } from '../../_lib/editor-page';
import { PledgeForm } from '../_form/pledge-form';
import { loadFormOptions } from '../_form/form-options';
import { emptyPledgeValues } from '@/lib/pledge-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New pledge' };

export default async function NewPledgePage() {
  await editorForPage('/editor/pledges/new');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">New pledge</h1>
      <p className="text-sm text-muted">
        A pledge with an amount needs at least one source with the sentence that supports the figure.
      </p>
      <PledgeForm initial={emptyPledgeValues()} {...(await loadFormOptions())} />
    </div>
  );
}
