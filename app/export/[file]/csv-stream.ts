// A CSV body that is written as it is read: the header goes out at once, then one batch of
// records per pull. The stream asks for the next batch only when the client has taken the last
// one (backpressure), so memory stays flat however many rows follow.
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from '@/db/export-snapshot';
import type { CsvRows } from '@/db/export-pool';

const encoder = new TextEncoder();

/** The header record (with a byte-order mark for Excel when asked). */
export function csvHeader(header: readonly string[], bom: boolean): Uint8Array {
  return encoder.encode(stringify([header as string[]], { ...CSV_OPTIONS, bom }));
}

/** A body from record batches made in this process (the summary and series files, tests). */
export function csvStream(header: readonly string[], batches: Iterator<string[][]>, bom: boolean): ReadableStream<Uint8Array> {
  return bytesStream(csvHeader(header, bom), {
    async next() {
      const next = batches.next();
      return next.done ? null : encoder.encode(stringify(next.value, CSV_OPTIONS));
    },
    close() {
      batches.return?.();
    },
  });
}

/** A body from CSV bytes made elsewhere (the pledge export's worker threads). */
export function bytesStream(head: Uint8Array, rows: CsvRows): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      try {
        const bytes = await rows.next();
        if (bytes) return controller.enqueue(bytes);
        rows.close();
        controller.close();
      } catch (error) {
        rows.close();
        controller.error(error);
      }
    },
    cancel() {
      rows.close();
    },
  }, { highWaterMark: 1 });
}
