// A CSV body that is written as it is read: the header goes out at once, then one batch of
// records per pull. The stream asks for the next batch only when the client has taken the last
// one (backpressure), so memory stays flat however many rows follow.
import { stringify } from 'csv-stringify/sync';

// RFC 4180: CRLF between records, quotes only where a cell needs them.
const options = { record_delimiter: 'windows' } as const;

export function csvStream(header: readonly string[], batches: Iterator<string[][]>, bom: boolean): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([header as string[]], { ...options, bom })));
    },
    pull(controller) {
      try {
        const next = batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(stringify(next.value, options)));
      } catch (error) {
        batches.return?.();
        controller.error(error);
      }
    },
    cancel() {
      batches.return?.();
    },
  }, { highWaterMark: 1 });
}
