// How a prepared row crosses from the reader thread to the writer: its parties and documents sent
// once each and then named by number (rowEncoder in db/csv-import/reader-worker.ts, rowDecoder here).
import type { IncomingRow } from './incoming-row';
import { documentKey, type PartyRef, type SourceRef } from './prepare';
import type { WorkerEvent } from './reader-thread';

/**
 * Parties and documents repeat from row to row: each crosses to the writer once, in a 'party' or
 * 'document' event, and a row's prepared create then carries its number (copying fewer strings
 * between the threads is most of what the hand-over costs). `encode` runs in the worker.
 */
export function rowEncoder(emit: (event: WorkerEvent) => void) {
  const parties = new Map<string, number>();
  const documents = new Map<string, number>();
  const party = (ref: PartyRef) => {
    const key = `${ref.kind}|${ref.name}`;
    let n = parties.get(key);
    if (n === undefined) {
      parties.set(key, (n = parties.size));
      emit(['party', ref]);
    }
    return n;
  };
  return (row: IncomingRow): IncomingRow => {
    const p = row.prepared;
    if (!p) return row;
    const sources: (number | string | null)[] = [];
    for (const s of p.sources) {
      const key = documentKey(s);
      let n = documents.get(key);
      if (n === undefined) {
        documents.set(key, (n = documents.size));
        emit([
          'document',
          {
            url: s.url,
            publisher: s.publisher,
            title: s.title,
            publishedOn: s.publishedOn,
            accessedOn: s.accessedOn,
          },
        ]);
      }
      sources.push(n, s.quote ?? null);
    }
    return {
      ...row,
      prepared: {
        ...p,
        donor: party(p.donor) as never,
        recipient: party(p.recipient) as never,
        sources: sources as never,
      },
    };
  };
}

/** The writer's side of rowEncoder: numbers back into the parties and sources they stand for. */
export function rowDecoder() {
  const parties: PartyRef[] = [];
  const documents: SourceRef[] = [];
  return {
    party: (ref: PartyRef) => parties.push(ref),
    document: (doc: SourceRef) => documents.push(doc),
    row(row: IncomingRow): IncomingRow {
      const p = row.prepared;
      if (!p) return row;
      p.donor = parties[p.donor as unknown as number];
      p.recipient = parties[p.recipient as unknown as number];
      const flat = p.sources as unknown as (number | string | null)[];
      p.sources = [];
      for (let i = 0; i < flat.length; i += 2) {
        const d = documents[flat[i] as number];
        p.sources.push({
          url: d.url,
          publisher: d.publisher,
          title: d.title,
          publishedOn: d.publishedOn,
          accessedOn: d.accessedOn,
          quote: flat[i + 1] as string | null,
        });
      }
      return row;
    },
  };
}
