// How many pledge exports may run at once, and how long one may take. Each open export holds a
// read snapshot on every export thread (memory, file descriptors, and under WAL a checkpoint held
// back for as long as it is open) on SQLite, and one of the pool's ten connections on PostgreSQL
// (db/csv-export/snapshot.postgres.ts), so a client that starts downloads and stops reading must not
// pile them up: at most EXPORT_MAX_DOWNLOADS at once, EXPORT_MAX_PER_ADDRESS of them from one
// address, each ended when its client takes nothing for EXPORT_STALL_MS, and after EXPORT_MAX_MS
// whatever happens. Read once from the environment (tests shorten the stall limit).
import 'server-only';
import { onPostgres } from '../engine';

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const EXPORT_LIMITS = {
  // On PostgreSQL, four downloads at once leave the pages most of the pool (db/postgres/client.ts).
  maxDownloads: setting('EXPORT_MAX_DOWNLOADS', onPostgres() ? 4 : 8),
  maxPerAddress: setting('EXPORT_MAX_PER_ADDRESS', 2),
  stallMs: setting('EXPORT_STALL_MS', 30_000),
  maxMs: setting('EXPORT_MAX_MS', 15 * 60_000),
  /** What a refused client is told to wait (seconds): about one stall limit, when a place frees up at worst. */
  retryAfterSeconds: Math.ceil(setting('EXPORT_STALL_MS', 30_000) / 1000),
} as const;

/** The downloads running now, by client address. */
export class ExportSlots {
  private readonly byAddress = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: { maxDownloads: number; maxPerAddress: number } = EXPORT_LIMITS) {}

  /** A release function for a new download from `address`, or null when a cap is reached. */
  acquire(address: string): (() => void) | null {
    const mine = this.byAddress.get(address) ?? 0;
    if (this.total >= this.limits.maxDownloads || mine >= this.limits.maxPerAddress) return null;
    this.total++;
    this.byAddress.set(address, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
  }
}

const holder = globalThis as typeof globalThis & { pledgeExportSlots?: ExportSlots };
/** The process's one set of slots (kept on globalThis so every route bundle shares it). */
export function exportSlots(): ExportSlots {
  holder.pledgeExportSlots ??= new ExportSlots();
  return holder.pledgeExportSlots;
}
