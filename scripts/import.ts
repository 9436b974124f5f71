// `npm run import -- <file.csv> [--dry-run]`: loads pledges from a CSV in the export's format, all
// rows or none, and prints every problem with its line and column. Exit code 1 when nothing was written.
import fs from 'node:fs';
import { prepareDatabase, fail } from './lib/prepare';
import { progressBar } from './lib/progress';
import { importPledgesFile } from '../db/csv-import';
import { closeDatabase } from '../db/connection';
import { describeReport } from '../lib/csv/import-report';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const files = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run');
if (unknown.length > 0) fail(`unknown option ${unknown[0]}; usage: npm run import -- <file.csv> [--dry-run]`);
if (files.length !== 1) fail('usage: npm run import -- <file.csv> [--dry-run]');
const [file] = files;
if (!fs.existsSync(file)) fail(`${file}: no such file`);
if (fs.statSync(file).isDirectory()) fail(`${file} is a directory; give a CSV file`);

async function main(): Promise<void> {
  await prepareDatabase({ seed: false });
  const started = Date.now();
  const progress = progressBar(dryRun ? 'checking' : 'importing');
  const report = await importPledgesFile(file, {
    dryRun,
    name: file,
    bulkLoad: true,
    onProgress: (bytes, total) => progress(Math.round(bytes / 1024), Math.round(total / 1024)),
  });
  await closeDatabase();
  for (const line of describeReport(report)) (report.ok ? console.log : console.error)(line);
  if (report.ok) console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  process.exitCode = report.ok ? 0 : 1;
}

main().catch((error: Error) => fail(error.message));
