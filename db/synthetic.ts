// A deterministic synthetic dataset for benchmarks and property tests: a realistic mix of donors,
// recipients, stages, currencies, dates 2014–2026, draw-downs and unquantified in-kind items.
// Bulk-inserted with prepared statements in large transactions: a million rows in seconds.
import { getSqlite } from './client';
import { seedFxRates, loadFxTable } from './fx';
import { withSearchIndexPaused } from './search-index';
import { writeTransaction } from './client';
import { convertToUsd } from '../lib/fx';
import { currencyExponent } from '../lib/money';
import { CATEGORIES, STAGES, INSTRUMENTS, type PartyKind } from '../lib/domain';
import { findOrCreateParty } from './parties';

const DONORS: [string, PartyKind, string, string][] = [
  ['United States', 'government', 'USA', 'USD'], ['Germany', 'government', 'DEU', 'EUR'], ['United Kingdom', 'government', 'GBR', 'GBP'],
  ['Japan', 'government', 'JPN', 'JPY'], ['Canada', 'government', 'CAN', 'CAD'], ['France', 'government', 'FRA', 'EUR'],
  ['Norway', 'government', 'NOR', 'NOK'], ['Sweden', 'government', 'SWE', 'SEK'], ['Denmark', 'government', 'DNK', 'DKK'],
  ['Netherlands', 'government', 'NLD', 'EUR'], ['Switzerland', 'government', 'CHE', 'CHF'], ['Australia', 'government', 'AUS', 'AUD'],
  ['South Korea', 'government', 'KOR', 'KRW'], ['Italy', 'government', 'ITA', 'EUR'], ['Spain', 'government', 'ESP', 'EUR'],
  ['Poland', 'government', 'POL', 'USD'], ['Finland', 'government', 'FIN', 'EUR'], ['New Zealand', 'government', 'NZL', 'NZD'],
  ['European Union', 'eu_institution', '', 'EUR'], ['European Investment Bank', 'eu_institution', '', 'EUR'],
  ['World Bank', 'multilateral', '', 'USD'], ['International Monetary Fund', 'multilateral', '', 'USD'],
  ['Asian Development Bank', 'multilateral', '', 'USD'], ['Gates Foundation', 'private', '', 'USD'],
];
const RECIPIENTS: [string, PartyKind, string][] = [
  ['Ukraine', 'government', 'UKR'], ['Moldova', 'government', 'MDA'], ['Syria', 'government', 'SYR'], ['Yemen', 'government', 'YEM'],
  ['Afghanistan', 'government', 'AFG'], ['Sudan', 'government', 'SDN'], ['Ethiopia', 'government', 'ETH'], ['Somalia', 'government', 'SOM'],
  ['Lebanon', 'government', 'LBN'], ['Jordan', 'government', 'JOR'], ['Bangladesh', 'government', 'BGD'], ['Haiti', 'government', 'HTI'],
  ['South Sudan', 'government', 'SSD'], ['Democratic Republic of the Congo', 'government', 'COD'], ['Myanmar', 'government', 'MMR'],
];
const TITLES: Record<string, string[]> = {
  military: ['Air defence systems', 'Artillery ammunition', 'Armoured vehicles', 'Drone detection system', 'Demining equipment'],
  humanitarian: ['Emergency food assistance', 'Winter generators', 'Medical supplies', 'Shelter for displaced families', 'Water and sanitation'],
  financial: ['Budget support loan', 'Macro-financial assistance', 'Loan guarantee facility', 'Balance of payments support'],
  reconstruction: ['Energy grid repair', 'Bridge reconstruction', 'School rebuilding programme', 'Housing reconstruction'],
  other: ['Technical assistance', 'Civil society grants', 'Election support'],
};

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SyntheticOptions = { count: number; seed?: number; onProgress?: (done: number, total: number) => void; today?: string };

/** Appends `count` synthetic pledges (with a source link and a revision each). Returns rows written. */
export function generateSynthetic({ count, seed = 1, onProgress, today = new Date().toISOString().slice(0, 10) }: SyntheticOptions): number {
  const sqlite = getSqlite();
  writeTransaction((tx) => { seedFxRates(tx); });
  const fx = loadFxTable();
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  const partyId = new Map<string, number>();
  writeTransaction((tx) => {
    for (const [name, kind, iso3] of [...DONORS, ...RECIPIENTS]) partyId.set(name, findOrCreateParty(tx, name, kind, iso3 || null).id);
  });
  const insertSource = sqlite.prepare(`insert into sources (url, publisher, title, published_on) values (?, ?, ?, ?)
    on conflict(url) do update set title = title returning id`);
  const sourceIds: number[] = [];
  const sourceDates: string[] = [];
  for (let i = 0; i < 500; i++) {
    const published = `${2014 + (i % 12)}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
    sourceDates.push(published);
    sourceIds.push((insertSource.get(`https://reports.example.org/aid/${seed}/${i}`, pick(['Reuters', 'Government press office', 'Ministry statement', 'Kiel Institute release']), `Aid statement ${seed}-${i}`, published) as { id: number }).id);
  }
  const insertPledge = sqlite.prepare(`insert into pledges (external_id, donor_id, recipient_id, title, description, category,
    instrument, stage, kind, is_lower_bound, parent_id, amount, currency, amount_usd, fx_rate, fx_date, fx_source, announced_on,
    date_precision, retracted_at, retraction_reason, version, created_at, updated_at)
    values (?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const insertLink = sqlite.prepare('insert into pledge_sources (pledge_id, source_id, quote, position) values (?, ?, ?, 0)');
  const insertRevision = sqlite.prepare(`insert into revisions (pledge_id, action, actor_label, at, changes, version)
    values (?, 'create', 'synthetic generator', ?, ?, 1)`);
  const bumpVersion = sqlite.prepare(`insert into meta (key, value) values ('data_version', '1')
    on conflict(key) do update set value = cast(value as integer) + 1`);
  const start = (sqlite.prepare(`select count(*) as n from pledges where external_id like ?`).get(`syn-${seed}-%`) as { n: number }).n;

  const commitments = new Map<number, number[]>();
  const startYear = 2014;
  const endMs = Date.parse(`${today}T00:00:00Z`);
  const startMs = Date.parse(`${startYear}-01-01T00:00:00Z`);
  const now = new Date().toISOString();
  const BATCH = 20000;
  let done = 0;
  while (done < count) {
    const size = Math.min(BATCH, count - done);
    sqlite.transaction(() => withSearchIndexPaused(sqlite, () => {
      for (let i = 0; i < size; i++) {
        const n = start + done + i;
        const [donorName, , , homeCurrency] = pick(DONORS);
        const donorId = partyId.get(donorName)!;
        const recipientId = partyId.get(random() < 0.6 ? 'Ukraine' : pick(RECIPIENTS)[0])!;
        const category = pick(CATEGORIES);
        const roll = random();
        const kind = roll < 0.005 ? 'reported_total' : 'item';
        const ownCommitments = commitments.get(donorId);
        const isDrawdown = kind === 'item' && roll > 0.85 && !!ownCommitments?.length;
        const parentId = isDrawdown ? ownCommitments![Math.floor(random() * ownCommitments!.length)] : null;
        const stage = kind === 'reported_total' ? 'disbursed' : isDrawdown ? pick(['allocated', 'disbursed', 'disbursed'] as const) : pick(STAGES);
        const unquantified = kind === 'item' && !isDrawdown && random() < 0.05;
        const undated = random() < 0.01;
        const day = new Date(startMs + Math.floor(random() * (endMs - startMs))).toISOString().slice(0, 10);
        const precision = undated ? 'unknown' : random() < 0.9 ? 'day' : 'month';
        const announcedOn = undated ? null : precision === 'month' ? `${day.slice(0, 7)}-01` : day;
        const currency = unquantified ? null : random() < 0.7 ? homeCurrency : 'USD';
        const usd = currency ? Math.round(10 ** (3 + random() * 4.5)) * (kind === 'reported_total' ? 20 : 1) : 0;
        const retracted = random() < 0.01 ? now : null;
        const instrument = unquantified ? 'in_kind' : pick(INSTRUMENTS);
        const title = `${pick(TITLES[category])}${kind === 'reported_total' ? ' (reported total)' : ''}`;
        const commits = kind === 'item' && !isDrawdown && stage !== 'announced' && !retracted && !!currency;
        const list = commits ? commitments.get(donorId) ?? [] : [];
        // (drawn in this order so a seed gives the data it always gave)
        const replaced = commits && list.length >= 200 ? Math.floor(random() * list.length) : -1;
        const source = Math.floor(random() * sourceIds.length);
        // An undated pledge converts at its source's date, as db/pledge-writes.ts conversionFor does.
        const onDate = announcedOn ?? sourceDates[source];
        let amount: number | null = null;
        let conversion = null;
        if (currency) {
          const rate = fx.rateFor(currency, onDate.slice(0, 7))?.rate ?? 1;
          amount = Math.round(usd * rate) * 10 ** currencyExponent(currency);
          conversion = convertToUsd(fx, amount, currency, onDate);
        }
        const id = Number(insertPledge.run(`syn-${seed}-${n}`, donorId, recipientId, title, category, instrument, stage, kind,
          kind === 'reported_total' ? 1 : 0, parentId, amount, currency, conversion?.amountUsd ?? null, conversion?.fxRate ?? null,
          conversion?.fxDate ?? null, conversion?.fxSource ?? null, announcedOn, precision, retracted,
          retracted ? 'Synthetic retraction' : null, now, now).lastInsertRowid);
        if (commits) {
          if (replaced < 0) list.push(id);
          else list[replaced] = id;
          commitments.set(donorId, list);
        }
        insertLink.run(id, sourceIds[source], `Synthetic statement for ${title}.`);
        insertRevision.run(id, now, '{"synthetic":[null,true]}');
      }
      bumpVersion.run();
    })).immediate();
    done += size;
    onProgress?.(done, count);
  }
  return done;
}
