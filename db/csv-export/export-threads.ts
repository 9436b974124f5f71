// The export threads (db/csv-export/worker.ts): one worker each, with a listener per export job,
// kept on globalThis so the server's modules share one pool (used by db/csv-export/threaded-export.ts).
import 'server-only';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExportReply, ExportRequest } from './worker';

const THREADS = Math.max(1, Math.min(2, os.availableParallelism()));
// A small young generation keeps each thread's resident memory near its live data (a few ranges);
// the old generation holds only the open snapshots and statements.
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 24 };

export class ExportThread {
  readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { resourceLimits: RESOURCE_LIMITS });
  readonly listeners = new Map<number, (reply: ExportReply) => void>();
  broken = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: ExportReply) => this.listeners.get(reply.job)?.(reply));
    const fail = (message: string) => {
      this.broken = true;
      for (const [job, listener] of this.listeners) listener({ op: 'failed', job, message });
      this.listeners.clear();
    };
    this.worker.on('error', (error) => fail(`export thread failed: ${error.message}`));
    this.worker.on('exit', (code) => fail(`export thread exited (${code})`));
  }

  send(request: ExportRequest): void {
    this.worker.postMessage(request);
  }
}

const pool = globalThis as typeof globalThis & { pledgeExportThreads?: ExportThread[] };
export function threads(): ExportThread[] {
  pool.pledgeExportThreads = (pool.pledgeExportThreads ?? []).filter((t) => !t.broken);
  while (pool.pledgeExportThreads.length < THREADS) pool.pledgeExportThreads.push(new ExportThread());
  return pool.pledgeExportThreads;
}
