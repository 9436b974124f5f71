// Figures on PostgreSQL: CSV export rows/s against psql's `\copy (select …) to stdout` of the same
// rows (sources joined in with string_agg, as the SQLite reference joins them with group_concat),
// the server's memory growth while streaming, and CSV import rows/s of `npm run import` into a
// new database against psql's `\copy … from` the same file into a plain table of text columns —
// what sqlite3's `.import` does on SQLite (scripts/bench/csv.sqlite.ts). Call with DATABASE_URL
// on the bench's PostgreSQL database: the statement is built for the engine it names.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { RunningServer } from '../lib/serve';
import { psql, psqlArgs } from '../lib/postgres-cluster';
import type { Figure } from './report';
import { peakRssGrowthMb } from './rss';
import { download, perSecond, timeCommand } from './transfer';
import { postgresExportPlan } from '../../db/csv-export';
import { inlinePostgresSql } from '../../db/postgres';
import { concatAll } from '../../db/sql-dialect';
import { EMPTY_FILTERS } from '../../lib/filters';

const countPledges = (url: string) => Number(psql(url, 'select count(*) from pledges'));

/** The export's rows and sources as one statement on one line (psql's \copy takes the rest of its line). */
function exportRowsStatement(url: string): string {
  const hi = Number(psql(url, 'select coalesce(max(id), 0) + 1 from pledges'));
  const plan = postgresExportPlan(EMPTY_FILTERS);
  const joined = (column: string) => concatAll(sql.raw(`x."${column}"`), ' | ');
  const statement = inlinePostgresSql(sql`
    select e.*, s.urls, s.publishers, s.quotes, s.titles, s."publishedOn"
    from (${plan.rows(1, hi)}) e
    left join (
      select x."pledgeId", ${joined('url')} as urls, ${joined('publisher')} as publishers, ${joined('quote')} as quotes,
             ${joined('title')} as titles, ${joined('publishedOn')} as "publishedOn"
      from (${plan.sources(1, hi)}) x
      group by x."pledgeId"
    ) s on s."pledgeId" = e.id
    order by e.id`);
  return statement.replace(/\s*\n\s*/g, ' ');
}

export async function exportFiguresPostgres(o: {
  server: RunningServer;
  runs: number;
  dir: string;
}): Promise<Figure[]> {
  const url = o.server.databaseUrl;
  const rows = countPledges(url);
  const speed: Figure = {
    name: 'CSV export',
    how: 'rows/s of /export/pledges.csv ÷ psql \\copy (select …) to stdout of the same rows',
    runs: [],
    unit: 'ratio',
    target: { op: '>=', value: 0.5 },
  };
  const memory: Figure = {
    name: 'CSV export memory',
    how: "peak RSS growth of the server (not PostgreSQL's) while streaming every row",
    runs: [],
    unit: 'MB',
    target: { op: '<=', value: 64 },
  };
  const { cmd, args } = psqlArgs(url);
  const reference = `\\copy (${exportRowsStatement(url)}) to stdout with (format csv, header)\n`;
  for (let i = 0; i < o.runs; i++) {
    const { result: ms, growthMb } = await peakRssGrowthMb(o.server.process.pid!, () =>
      download(`${o.server.url}/export/pledges.csv`),
    );
    memory.runs.push(growthMb);
    const refMs = timeCommand(cmd, [...args, '-f', '-'], reference);
    speed.runs.push(refMs / ms);
    speed.detail = `${perSecond(rows, ms)} vs ${perSecond(rows, refMs)} rows/s`;
  }
  await download(`${o.server.url}/export/pledges.csv`, path.join(o.dir, 'export.csv'));
  return [speed, memory];
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The CSV's header names, read from its first line. */
function headerOf(csv: string): string[] {
  const fd = fs.openSync(csv, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const text = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    return (parse(text.slice(0, text.indexOf('\n') + 1), { bom: true }) as string[][])[0];
  } finally {
    fs.closeSync(fd);
  }
}

export async function importFigurePostgres(o: {
  adminUrl: string;
  urlFor: (db: string) => string;
  rows: number;
  runs: number;
  dir: string;
}): Promise<Figure> {
  const csv = path.join(o.dir, 'export.csv');
  const figure: Figure = {
    name: 'CSV import',
    how: 'rows/s of npm run import into a new database ÷ psql \\copy from the file into a plain table',
    runs: [],
    unit: 'ratio',
    target: { op: '>=', value: 0.25 },
  };
  const root = path.resolve(import.meta.dirname, '..', '..');
  const plain =
    `create table plain (${headerOf(csv)
      .map((c) => `${quoted(c)} text`)
      .join(', ')});\n` + `\\copy plain from '${csv.replace(/'/g, "''")}' with (format csv, header)\n`;
  for (let i = 0; i < o.runs; i++) {
    const ours = `bench_import_${i}`;
    const ref = `bench_reference_${i}`;
    psql(o.adminUrl, `create database ${ours}`);
    psql(o.adminUrl, `create database ${ref}`);
    const ourMs = timeCommand(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--conditions=react-server',
        path.join(root, 'scripts', 'import.ts'),
        csv,
      ],
      undefined,
      { ...process.env, DATABASE_URL: o.urlFor(ours) },
    );
    const { cmd, args } = psqlArgs(o.urlFor(ref));
    const refMs = timeCommand(cmd, [...args, '-f', '-'], plain);
    figure.runs.push(refMs / ourMs);
    figure.detail = `${perSecond(o.rows, ourMs)} vs ${perSecond(o.rows, refMs)} rows/s`;
    psql(o.adminUrl, `drop database ${ours}`);
    psql(o.adminUrl, `drop database ${ref}`);
  }
  return figure;
}
