import type { Metadata } from 'next';
import { editorForPage } from '../_lib/editor-page';
import { ImportForm } from './import-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Import CSV' };

export default async function ImportPage() {
  await editorForPage('/editor/import');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Import pledges from CSV</h1>
      <p className="max-w-2xl text-sm text-muted">
        Use the columns of <a href="/export/pledges.csv">the pledge export</a>. A row with an <code>id</code>{' '}
        or a known <code>external_id</code> updates that pledge; any other row creates one, with the parties
        it names. The file is checked first and nothing is written until you confirm; then every row is
        written, or none.
      </p>
      <ImportForm />
    </div>
  );
}
