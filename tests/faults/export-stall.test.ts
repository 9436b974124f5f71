// Downloads that stop reading: each open pledge export holds a read snapshot (and, under WAL, holds
// back checkpoints), so a client that reads a little and stalls must not keep one forever, and no
// address — nor everyone at once — may hold more than a few. Beyond the caps: 503 with Retry-After.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import net from 'node:net';
import { startServer, type RunningServer } from '../support/server';
import { addSyntheticPledges } from '../support/synthetic';
import { closeDatabase } from '../../db/connection';

const STALL_MS = 1500;
let server: RunningServer;
let fullBytes = 0;
const open: net.Socket[] = [];

beforeAll(async () => {
  server = await startServer({
    env: { EXPORT_STALL_MS: String(STALL_MS), EXPORT_MAX_PER_ADDRESS: '2', EXPORT_MAX_DOWNLOADS: '4' },
  });
  process.env.DATABASE_URL = server.databaseUrl;
  await addSyntheticPledges({ count: 40_000, seed: 7 });
  await closeDatabase();
  fullBytes = (await (await fetch(`${server.url}/export/pledges.csv`)).arrayBuffer()).byteLength;
});
afterAll(async () => {
  for (const s of open) s.destroy();
  await server?.stop();
});

type Stalled = { socket: net.Socket; status: number; received: () => number; closed: Promise<void> };

/** A download that reads its first bytes and then stops reading (the socket is paused). */
function stalledDownload(address: string): Promise<Stalled> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    open.push(socket);
    let received = 0;
    let head = '';
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (head.includes('\r\n\r\n')) return;
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.pause();
      resolve({ socket, status: Number(head.split(' ')[1]), received: () => received, closed });
    });
    socket.once('close', () => reject(new Error(`closed before the headers: ${head.slice(0, 200)}`)));
    socket.write(
      `GET /export/pledges.csv HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Forwarded-For: ${address}\r\nConnection: close\r\n\r\n`,
    );
  });
}

const download = (address: string) =>
  fetch(`${server.url}/export/pledges.csv`, { headers: { 'x-forwarded-for': address } });

describe('stalled CSV downloads', () => {
  test('a download that makes no progress is ended, not kept open', async () => {
    const stalled = await stalledDownload('10.9.0.1');
    expect(stalled.status).toBe(200);
    // The point of the test is a client that does nothing for longer than the stall limit.
    await new Promise((r) => setTimeout(r, STALL_MS * 3));
    stalled.socket.resume();
    await stalled.closed;
    expect(fullBytes).toBeGreaterThan(4_000_000);
    expect(stalled.received()).toBeLessThan(fullBytes);
    expect(server.output()).not.toMatch(/uncaughtException|unhandledRejection/);
  });

  test('one address holds at most its share of downloads; the next gets 503 with Retry-After', async () => {
    const held = [await stalledDownload('10.9.1.1'), await stalledDownload('10.9.1.1')];
    expect(held.map((d) => d.status)).toEqual([200, 200]);
    const refused = await download('10.9.1.1');
    await refused.arrayBuffer();
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await download('10.9.1.2');
    expect(other.status).toBe(200);
    await other.body?.cancel();
    for (const d of held) d.socket.destroy();
    // A download that ended frees its place.
    await expect
      .poll(
        async () => {
          const again = await download('10.9.1.1');
          await again.body?.cancel();
          return again.status;
        },
        { timeout: 30_000 },
      )
      .toBe(200);
  });

  test('all addresses together hold at most the global number of downloads', async () => {
    const held = [];
    for (const address of ['10.9.2.1', '10.9.2.1', '10.9.2.2', '10.9.2.2'])
      held.push(await stalledDownload(address));
    expect(held.map((d) => d.status)).toEqual([200, 200, 200, 200]);
    const refused = await download('10.9.2.3');
    await refused.arrayBuffer();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    for (const d of held) d.socket.destroy();
  });
});
