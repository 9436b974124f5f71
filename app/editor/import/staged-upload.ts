// An upload checked by a dry run waits here until the editor confirms it. Keeping the bytes on the
// server (rather than asking for the file again) means the confirm step imports exactly the file
// the editor saw the report for, and a 50 MB file crosses the network once. The random id is bound
// to the editor who uploaded it: it is part of the file name, so nobody else can confirm it.
import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

/** Unconfirmed uploads are removed after this long. */
const KEEP_MS = 60 * 60 * 1000;
const ID = /^[0-9a-f]{32}$/;

function uploadDir(): string {
  const dir = path.join(os.tmpdir(), 'pledge-uploads');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function fileFor(editorId: number, id: string): string {
  return path.join(uploadDir(), `${editorId}-${id}.csv`);
}

function sweepExpired(): void {
  const dir = uploadDir();
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > KEEP_MS) fs.rmSync(file, { force: true });
  }
}

/** Writes the upload to disk (streamed, never whole in memory) and returns its id. */
export async function stageUpload(file: File, editorId: number): Promise<{ id: string; path: string }> {
  sweepExpired();
  const id = crypto.randomBytes(16).toString('hex');
  const target = fileFor(editorId, id);
  await pipeline(Readable.fromWeb(file.stream() as unknown as NodeReadableStream), fs.createWriteStream(target, { mode: 0o600 }));
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
