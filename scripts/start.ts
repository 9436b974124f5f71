// `npm start`: migrate, seed an empty database, build when needed, serve on PORT.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { prepareDatabase, fail } from './lib/prepare';
import { ensureBuild } from './lib/build';
import { serverEnv } from './lib/env';
import { printSetupCode } from './lib/setup-code';
import { readConfig } from '../lib/env';

let port: number;
try {
  port = readConfig().port;
} catch (error) {
  fail((error as Error).message);
}

async function main(): Promise<void> {
  let env: NodeJS.ProcessEnv;
  try {
    env = serverEnv(port);
  } catch (error) {
    fail((error as Error).message);
  }
  const { file, seeded } = await prepareDatabase();
  console.log(
    `Database ${file} ready${seeded ? ` (seeded ${seeded} pledges from the source articles)` : ''}.`,
  );

  if (!ensureBuild()) fail('the build failed; see the messages above');
  await printSetupCode(`${env.NEXTAUTH_URL}/setup`);

  // The server runs in its own process, without the react-server condition this script needs for db/.
  const args = [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), path.join('scripts', 'serve.ts')];
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production', PORT: String(port) },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: Error) => fail(error.message));
