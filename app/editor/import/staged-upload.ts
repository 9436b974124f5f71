// An upload checked by a dry run waits here until the editor confirms it. Keeping the bytes on the
// server (rather than asking for the file again) means the confirm step imports exactly the file
// the editor saw the report for, and a 50 MB file crosses the network once. The random id is bound
// to the editor who uploaded it: it is part of the file name, so nobody else can confirm it.
// The files wait in the data directory's uploads/ (0700; each file 0600), beside the database they
// are headed for, never in a temp folder other accounts on the machine share.
import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { dataDirectory, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '@/db/config';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from './limits';

/** Unconfirmed uploads are removed after this long. */
const KEEP_MS = 60 * 60 * 1000;
const ID = /^[0-9a-f]{32}$/;
/** What one account may have waiting for a confirm at once: two full-size checked files. */
export const MAX_STAGED_BYTES_PER_EDITOR = 2 * MAX_UPLOAD_BYTES;

export class StagingQuotaError extends Error {
  override name = 'StagingQuotaError';
}

function uploadDir(): string {
  const dir = path.join(dataDirectory(), 'uploads');
  if (fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })) fs.chmodSync(dir, PRIVATE_DIR_MODE);
  return dir;
}

function fileFor(editorId: number, id: string): string {
  return path.join(uploadDir(), `${editorId}-${id}.csv`);
}

/** Removes expired uploads and returns the bytes this editor still has waiting. */
function sweepAndMeasure(editorId: number): number {
  const dir = uploadDir();
  let waiting = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) continue;
    if (Date.now() - stat.mtimeMs > KEEP_MS) fs.rmSync(file, { force: true });
    else if (name.startsWith(`${editorId}-`)) waiting += stat.size;
  }
  return waiting;
}

/** Writes the upload to disk (streamed, never whole in memory) and returns its id; over the quota, a StagingQuotaError. */
export async function stageUpload(file: File, editorId: number): Promise<{ id: string; path: string }> {
  const waiting = sweepAndMeasure(editorId);
  if (waiting + file.size > MAX_STAGED_BYTES_PER_EDITOR) {
    throw new StagingQuotaError(
      `Nothing was checked: your checked files waiting to be imported already take ${(waiting / 1024 / 1024).toFixed(1)} MB, ` +
        `and an account may keep ${2 * MAX_UPLOAD_MB} MB waiting. Import one of them, or check this file again after an hour, when they expire.`,
    );
  }
  const id = crypto.randomBytes(16).toString('hex');
  const target = fileFor(editorId, id);
  await pipeline(
    Readable.fromWeb(file.stream() as unknown as NodeReadableStream),
    fs.createWriteStream(target, { mode: PRIVATE_FILE_MODE }),
  );
  return { id, path: target };
}

/** The staged file for this editor's id, or null when it expired, was used, or is someone else's. */
export function stagedUpload(editorId: number, id: string): string | null {
  if (!ID.test(id)) return null;
  const file = fileFor(editorId, id);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat && Date.now() - stat.mtimeMs <= KEEP_MS ? file : null;
}

export function discardUpload(file: string): void {
  fs.rmSync(file, { force: true });
}
