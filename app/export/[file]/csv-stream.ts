// A CSV body that is written as it is read: the header goes out at once, then one batch of
// records per pull. The stream asks for the next batch only when the client has taken the last
// one (backpressure), so memory stays flat however many rows follow.
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from '@/db/csv-export';
import type { CsvRows } from '@/db/csv-export';

const encoder = new TextEncoder();

/** The header record (with a byte-order mark for Excel when asked). */
export function csvHeader(header: readonly string[], bom: boolean): Uint8Array {
  return encoder.encode(stringify([header as string[]], { ...CSV_OPTIONS, bom }));
}

/** A body from record batches made in this process (the summary and series files, tests). */
export function csvStream(
  header: readonly string[],
  batches: Iterator<string[][]> | AsyncIterator<string[][]>,
  bom: boolean,
): ReadableStream<Uint8Array> {
  return bytesStream(csvHeader(header, bom), {
    async next() {
      const next = await batches.next();
      return next.done ? null : encoder.encode(stringify(next.value, CSV_OPTIONS));
    },
    close() {
      void batches.return?.();
    },
  });
}

/** How long a download may go without its client taking a chunk, and may run at all. */
export type StreamLimits = { stallMs: number; maxMs: number; onEnd?: () => void };

/**
 * A body from CSV bytes made elsewhere (the pledge export's worker threads). With limits, a client
 * that takes nothing for `stallMs` (or a download older than `maxMs`) ends it: the export's
 * snapshots are closed and the response is aborted, so a stalled socket holds nothing open.
 */
export function bytesStream(
  head: Uint8Array,
  rows: CsvRows,
  limits?: StreamLimits,
): ReadableStream<Uint8Array> {
  let ended = false;
  let stall: NodeJS.Timeout | undefined;
  let lifetime: NodeJS.Timeout | undefined;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(stall);
    clearTimeout(lifetime);
    rows.close();
    limits?.onEnd?.();
  };
  const abortAfter = (ms: number, why: string, controller: ReadableStreamDefaultController<Uint8Array>) =>
    setTimeout(() => {
      if (ended) return;
      end();
      controller.error(new Error(why));
    }, ms);
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(head);
        if (!limits) return;
        stall = abortAfter(limits.stallMs, 'export ended: the client took nothing for too long', controller);
        lifetime = abortAfter(limits.maxMs, 'export ended: it ran for longer than an export may', controller);
      },
      async pull(controller) {
        if (ended) return;
        // The client took the last chunk: that is progress.
        if (limits) {
          clearTimeout(stall);
          stall = abortAfter(
            limits.stallMs,
            'export ended: the client took nothing for too long',
            controller,
          );
        }
        try {
          const bytes = await rows.next();
          if (ended) return;
          if (bytes) return controller.enqueue(bytes);
          end();
          controller.close();
        } catch (error) {
          end();
          controller.error(error);
        }
      },
      cancel() {
        end();
      },
    },
    { highWaterMark: 1 },
  );
}
