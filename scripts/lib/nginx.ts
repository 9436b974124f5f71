// Debian's nginx in front of a running app, configured by deploy/nginx.conf itself (only its two
// addresses are replaced), unprivileged, in a temporary prefix, for the tests and the bench.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './serve';

const root = path.resolve(import.meta.dirname, '..', '..');
const CONFIG = path.join(root, 'deploy', 'nginx.conf');

export const NGINX_MISSING =
  'nginx is not installed (apt-get install -y nginx): the public-page cache (deploy/nginx.conf) cannot be run';

export function hasNginx(): boolean {
  return spawnSync('nginx', ['-v']).status === 0;
}

export type RunningNginx = {
  url: string;
  port: number;
  dir: string;
  errors: () => string;
  stop: () => Promise<void>;
};

/** Replaces one line of deploy/nginx.conf, so a change to the shipped file cannot go unnoticed here. */
function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"`);
  return text.replace(from, to);
}

function localConfig(dir: string, listenPort: number, appPort: number): string {
  let text = fs.readFileSync(CONFIG, 'utf8');
  text = replaceOnce(text, 'server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  text = replaceOnce(text, 'listen 127.0.0.1:8080;', `listen 127.0.0.1:${listenPort};`);
  // The bench's reference: the static file the app also serves, read from disk by nginx.
  // And files the bench writes under DIR/static/bench/ (a file as large as a page, say).
  const staticFiles =
    `location = /bench-static.txt { root ${path.join(root, 'public')}; add_header X-Cache-Status STATIC; }\n` +
    `    location /bench/ { root ${path.join(dir, 'static')}; add_header X-Cache-Status STATIC; }`;
  text = replaceOnce(text, '# (scripts/lib/nginx.ts: test-only locations)', staticFiles);
  // nginx run by root hands its workers to `nobody`, who cannot enter a private temp directory.
  if (process.getuid?.() === 0) text = `user root;\n${text}`;
  return text;
}

export async function startNginx(appPort: number): Promise<RunningNginx> {
  if (!hasNginx()) throw new Error(NGINX_MISSING);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledges-nginx-'));
  for (const sub of ['logs', 'temp', 'cache', 'static/bench'])
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, localConfig(dir, port, appPort));
  const errorLog = path.join(dir, 'logs', 'error.log');
  let output = '';
  const child = spawn('nginx', ['-p', `${dir}/`, '-c', conf, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  child.on('error', (error) => {
    output += `${error.message}\n`;
  });
  const errors = () => `${output}${fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : ''}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/bench-static.txt`)).ok) return { url, port, dir, errors, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = errors();
  await stop();
  throw new Error(`nginx did not start on ${url}:\n${log}`);
}
