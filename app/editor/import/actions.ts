'use server';
// Upload → dry run → confirm. Both actions check the session themselves; the dry run keeps the
// file (staged-upload.ts) only when it would import cleanly, and the confirm imports that same
// file in one all-or-nothing transaction as the signed-in editor. Both run on a thread of their
// own (db/csv-import/job.ts), so the site keeps answering while a large file is read.
import path from 'node:path';
import { revalidatePath } from 'next/cache';
import { requireEditor } from '@/auth';
import { onPostgres } from '@/db/engine';
import { actorFor } from '@/db/accounts';
import { ImportRunningError, importPledgesFileOffThread } from '@/db/csv-import';
import type { ImportReport } from '@/lib/csv/import-report';
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from '@/lib/validation';
import type { ActionState } from '../_lib/action-state';
import { uploadProblem } from './limits';
import { discardUpload, stagedUpload, stageUpload, StagingQuotaError } from './staged-upload';

export type ImportState = ActionState & { report?: ImportReport; uploadId?: string; fileName?: string };

/** A problem with the file as a whole (binary, not UTF-8, no header) is the one message shown. */
function fileLevelMessage(report: ImportReport): string | undefined {
  const problem =
    report.errors.length === 1 &&
    report.errorCount === 1 &&
    report.errors[0].line <= 1 &&
    !report.errors[0].column
      ? report.errors[0]
      : null;
  return problem ? `Nothing was imported: ${problem.message}.` : undefined;
}

/** Another import is running or held the database too long: say so (nothing was written) instead of failing. */
function busyState(error: unknown, fileName: string): ImportState {
  if (error instanceof ImportRunningError) return { message: error.message };
  if (!isDatabaseBusy(error)) throw error;
  return { message: `Nothing was imported from ${fileName}: ${DATABASE_BUSY_MESSAGE}.` };
}

export async function checkImportAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const user = await requireEditor();
  const upload = form.get('file');
  const file = upload instanceof File ? upload : null;
  // Refused on the declared size and name before a byte of the body is written anywhere.
  const refused = uploadProblem(file);
  if (refused) return { message: refused };
  const fileName = path.basename(file!.name).slice(0, 200);
  let staged: Awaited<ReturnType<typeof stageUpload>>;
  try {
    staged = await stageUpload(file!, user.id);
  } catch (error) {
    if (error instanceof StagingQuotaError) return { message: error.message };
    throw error;
  }
  let report: ImportReport;
  try {
    report = await importPledgesFileOffThread(staged.path, {
      dryRun: true,
      name: fileName,
      actor: actorFor(user),
    });
  } catch (error) {
    discardUpload(staged.path);
    return busyState(error, fileName);
  }
  if (!report.ok) {
    discardUpload(staged.path);
    return {
      report,
      fileName,
      message:
        fileLevelMessage(report) ??
        `Nothing was imported: ${report.errorCount} problem${report.errorCount === 1 ? '' : 's'} to fix in ${fileName}; correct the file and check it again.`,
    };
  }
  return {
    ok: true,
    report,
    fileName,
    uploadId: staged.id,
    message: `${fileName} is ready to import. Nothing has been written yet.`,
  };
}

/** Several servers on PostgreSQL each keep their own staged uploads (README, "Running on PostgreSQL"). */
function notWaitingMessage(): string {
  const elsewhere = onPostgres() ? ", or another of the site's servers checked it" : '';
  return `That upload is no longer waiting (it was imported already, or expired after an hour${elsewhere}). Choose the file again.`;
}

export async function confirmImportAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const user = await requireEditor();
  const uploadId = String(form.get('uploadId') ?? '');
  const fileName = String(form.get('fileName') ?? 'upload.csv').slice(0, 200);
  const file = stagedUpload(user.id, uploadId);
  if (!file) return { uploadId, message: notWaitingMessage() };
  let report: ImportReport;
  try {
    report = await importPledgesFileOffThread(file, { name: fileName, actor: actorFor(user) });
  } catch (error) {
    // Busy: the upload stays staged, so "Import these pledges" can simply be pressed again.
    if (!isDatabaseBusy(error) && !(error instanceof ImportRunningError)) discardUpload(file);
    return busyState(error, fileName);
  }
  discardUpload(file);
  if (!report.ok)
    return {
      uploadId,
      report,
      message: `Nothing was imported: the data changed since the check and ${fileName} now has ${report.errorCount} problem${report.errorCount === 1 ? '' : 's'}.`,
    };
  revalidatePath('/', 'layout');
  return {
    ok: true,
    uploadId,
    report,
    fileName,
    message: `Imported ${fileName}: created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}.`,
  };
}
