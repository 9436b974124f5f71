'use client';
// Step 1 uploads and dry-runs the file; step 2 (shown only after a clean dry run) imports that
// same server-side copy. The size and type are checked here first so a 2 GB file is never sent.
import { useState } from 'react';
import { useFormAction } from '../_lib/use-form-action';
import { checkImportAction, confirmImportAction, type ImportState } from './actions';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, uploadProblem } from './limits';
import { FormMessage } from '../_lib/field';
import { ReportView } from './report-view';

export function ImportForm() {
  const {
    state: checked,
    pending: checking,
    formProps: checkProps,
  } = useFormAction<ImportState>(checkImportAction, {});
  const {
    state: done,
    pending: confirming,
    formProps: confirmProps,
  } = useFormAction<ImportState>(confirmImportAction, {});
  const [refused, setRefused] = useState<string | null>(null);
  const confirmed = done.uploadId !== undefined && done.uploadId === checked.uploadId;

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0] ?? null;
    const problem = uploadProblem(file);
    setRefused(problem);
    if (problem) event.preventDefault();
    else checkProps.onSubmit(event);
  };

  return (
    <div className="space-y-6">
      <form
        action={checkProps.action}
        onSubmit={onSubmit}
        data-testid="check-form"
        className="max-w-xl space-y-3 rounded border border-line bg-paper p-4"
        noValidate
      >
        <h2 className="font-semibold">1. Check a file</h2>
        <label htmlFor="file" className="block text-sm font-medium">
          CSV file (UTF-8, the columns of the pledge export; at most {MAX_UPLOAD_MB} MB)
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          data-max-bytes={MAX_UPLOAD_BYTES}
          className="block text-sm"
          onChange={() => setRefused(null)}
        />
        <button
          type="submit"
          disabled={checking || confirming}
          className="rounded bg-accent px-4 py-2 text-white"
        >
          {checking ? 'Checking…' : 'Check (dry run)'}
        </button>
        <FormMessage
          message={refused ?? (checking ? undefined : checked.message)}
          ok={!refused && checked.ok}
        />
      </form>
      {!refused && !checking && checked.report && <ReportView report={checked.report} />}
      {!refused && !checking && checked.ok && checked.uploadId && !confirmed && (
        <form {...confirmProps} className="max-w-xl space-y-3 rounded border border-line bg-paper p-4">
          <h2 className="font-semibold">2. Import it</h2>
          <p className="text-sm">
            Writes the {checked.report!.created.toLocaleString('en-US')} new and{' '}
            {checked.report!.updated.toLocaleString('en-US')} changed pledges above in one go, each with a
            revision under your name. If anything fails, nothing is written.
          </p>
          <input type="hidden" name="uploadId" value={checked.uploadId} />
          <input type="hidden" name="fileName" value={checked.fileName ?? ''} />
          <button type="submit" disabled={confirming} className="rounded bg-accent px-4 py-2 text-white">
            {confirming ? 'Importing…' : 'Import these pledges'}
          </button>
          <FormMessage message={done.ok ? undefined : done.message} />
        </form>
      )}
      {confirmed && (
        <div className="space-y-3">
          <FormMessage message={done.message} ok={done.ok} />
          {done.report && <ReportView report={done.report} />}
        </div>
      )}
    </div>
  );
}
