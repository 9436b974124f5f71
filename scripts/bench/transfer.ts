// What the CSV figures time on either engine: a download of the export, and a command run to its end.
import fs from 'node:fs';
import http from 'node:http';
import { spawnSync } from 'node:child_process';

/** Downloads the export to `file` (or discards it), returning milliseconds. */
export function download(url: string, file?: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
        const sink = file ? fs.createWriteStream(file) : null;
        res.on('data', (chunk) => sink?.write(chunk));
        res.on('end', () =>
          sink ? sink.end(() => resolve(performance.now() - started)) : resolve(performance.now() - started),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Runs `cmd` (its output discarded), returning milliseconds; throws with its stderr when it fails. */
export function timeCommand(cmd: string, args: string[], input?: string, env?: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, {
    input,
    env: env ?? process.env,
    stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - started;
}

/** Rows per second of `rows` done in `ms`, for a figure's detail. */
export const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
