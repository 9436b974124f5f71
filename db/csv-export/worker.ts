// The export worker thread: holds one snapshot per export job and answers "the CSV of ids lo..hi"
// with bytes it hands over without copying. Two of these run beside the server's main thread, so a
// download uses both cores while the main thread only writes to the socket.
import { parentPort } from 'node:worker_threads';
import { ExportSnapshot, type ExportPlan } from './snapshot.sqlite';

export type ExportRequest =
  | { op: 'open'; job: number; plan: ExportPlan }
  | { op: 'range'; job: number; lo: number; hi: number }
  | { op: 'close'; job: number };

export type ExportReply =
  | { op: 'opened'; job: number; version: number; maxId: number }
  | { op: 'range'; job: number; lo: number; bytes: Uint8Array }
  | { op: 'failed'; job: number; message: string };

const snapshots = new Map<number, ExportSnapshot>();
const port = parentPort!;

function answer(request: ExportRequest): ExportReply | null {
  switch (request.op) {
    case 'open': {
      const snapshot = new ExportSnapshot(request.plan);
      snapshots.set(request.job, snapshot);
      return { op: 'opened', job: request.job, version: snapshot.version, maxId: snapshot.maxId };
    }
    case 'range': {
      const snapshot = snapshots.get(request.job);
      if (!snapshot) return { op: 'failed', job: request.job, message: 'export job is not open' };
      return { op: 'range', job: request.job, lo: request.lo, bytes: snapshot.csv(request.lo, request.hi) };
    }
    case 'close':
      snapshots.get(request.job)?.close();
      snapshots.delete(request.job);
      return null;
  }
}

port.on('message', (request: ExportRequest) => {
  try {
    const reply = answer(request);
    if (reply?.op === 'range') port.postMessage(reply, [reply.bytes.buffer as ArrayBuffer]);
    else if (reply) port.postMessage(reply);
  } catch (error) {
    port.postMessage({
      op: 'failed',
      job: request.job,
      message: (error as Error).message,
    } satisfies ExportReply);
  }
});
