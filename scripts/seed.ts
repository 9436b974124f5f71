// `npm run db:seed` seeds the source articles' pledges into an empty database;
// `npm run db:seed -- --synthetic N [--seed S]` appends N deterministic synthetic pledges.
import { prepareDatabase, fail } from './lib/prepare';
import { progressBar } from './lib/progress';
import { generateSynthetic } from '../db/fixtures';
import { closeDb } from '../db/sqlite';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--synthetic');
  if (at === -1) {
    const { file, seeded } = await prepareDatabase();
    console.log(
      seeded ? `Seeded ${seeded} pledges into ${file}.` : `${file} already holds pledges; nothing seeded.`,
    );
  } else {
    const count = Number(args[at + 1]?.replace(/[,_]/g, ''));
    if (!Number.isInteger(count) || count < 1 || count > 50_000_000)
      fail('--synthetic needs a row count between 1 and 50,000,000');
    const seedAt = args.indexOf('--seed');
    const seed = seedAt === -1 ? 1 : Number(args[seedAt + 1]);
    if (!Number.isInteger(seed)) fail('--seed needs a whole number');
    const { file } = await prepareDatabase({ seed: false });
    const started = Date.now();
    const written = generateSynthetic({ count, seed, onProgress: progressBar('synthetic pledges') });
    closeDb();
    console.log(
      `Wrote ${written.toLocaleString('en-US')} synthetic pledges to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
}

main().catch((error: Error) => fail(error.message));
