// Figures for the waits a viewer feels: a filtered view, the first view after the server starts, and
// the series API, each requested right after a write (so no cache in the server can answer it) and
// set against the engine's own client running the one grouped scan the view needs
// (db/totals/overview.ts, db/totals/series.ts) on the same data.
import type { SQL } from 'drizzle-orm';
import { writeTransaction, closeDatabase } from '../../db/connection';
import { overviewSql, seriesSql } from '../../db/totals';
import { parseFilters, type PledgeFilters } from '../../lib/filters';
import { get } from '../lib/load';
import { BROWSER } from './dashboard';

/** A view a viewer opens: its address, and for a party page the party it is fixed to. */
export type View = { address: string; party?: { role: 'donor' | 'recipient'; slug: string } };

/** Twelve fixed combinations of the dashboard's and the party pages' filters. */
export const FILTERED_VIEWS: View[] = [
  { address: '/?category=military' },
  { address: '/?donor=canada&category=humanitarian' },
  { address: '/?stage=disbursed&from=2015-01-01' },
  { address: '/?recipient=moldova' },
  { address: '/?instrument=loan' },
  { address: '/?from=2022-01-01&to=2022-12-31' },
  { address: '/?currency=EUR' },
  { address: '/?group=g7&category=financial' },
  { address: '/?stage=committed&stage=allocated&instrument=grant' },
  { address: '/donors/canada', party: { role: 'donor', slug: 'canada' } },
  { address: '/donors/japan?category=military', party: { role: 'donor', slug: 'japan' } },
  { address: '/recipients/ukraine?from=2023-01-01', party: { role: 'recipient', slug: 'ukraine' } },
];

const CURRENCIES = ['USD', 'EUR', 'JPY', 'GBP', 'CAD'];

/** The filters a view's address asks for, its party included: what the page's one scan is filtered by. */
export function viewFilters(view: View): PledgeFilters {
  const url = new URL(view.address, 'http://bench.invalid');
  const params: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (params[k] ??= []).push(v);
  const { filters, problems } = parseFilters(params, CURRENCIES);
  if (problems.length) throw new Error(`${view.address}: ${problems.join('; ')}`);
  if (view.party) filters[view.party.role] = [view.party.slug];
  return filters;
}

export const viewScanSql = (view: View): SQL => overviewSql(viewFilters(view));
export const seriesScanSql = (): SQL => seriesSql(viewFilters({ address: '/' }));

/**
 * A write as an editor's save makes it: one write transaction, which bumps the data version every
 * cache in the server keys on. Made from this process on the server's database (DATABASE_URL).
 */
export async function makeWrite(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  await writeTransaction(async () => {});
  await closeDatabase();
}

/** Milliseconds of one GET that must succeed (a view that fails is not a fast view). */
export async function timedGet(url: string): Promise<number> {
  const r = await get(url, BROWSER);
  if (r.status !== 200) throw new Error(`GET ${url} answered ${r.status}`);
  return r.ms;
}

/** Each view's latency as the first request after a write. */
export async function filteredViewLatencies(
  baseUrl: string,
  databaseUrl: string,
  views: View[] = FILTERED_VIEWS,
): Promise<number[]> {
  const out: number[] = [];
  for (const view of views) {
    await makeWrite(databaseUrl);
    out.push(await timedGet(`${baseUrl}${view.address}`));
  }
  return out;
}

/** The same view warm (the server has served it and its code is loaded) but uncached: after a write. */
export async function warmUncachedMs(baseUrl: string, databaseUrl: string, address: string): Promise<number> {
  await timedGet(`${baseUrl}${address}`);
  await makeWrite(databaseUrl);
  return timedGet(`${baseUrl}${address}`);
}
