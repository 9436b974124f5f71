// Times the one bucket scan over today's record and over the record as of two past moments.
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
const N = Number(process.argv[2] ?? 200000);
const file = `/tmp/asof-bench/pledges-${N}.db`;
process.env.DATABASE_URL = `file:${file}`;
const { generateSynthetic } = await import('/work/wt-asof/db/fixtures/synthetic.sqlite.ts');
const { closeDb } = await import('/work/wt-asof/db/sqlite/client.ts');
const fs = await import('node:fs');
if (!fs.existsSync(file)) {
  generateSynthetic({ count: N, seed: 42 });
  closeDb();
  const db = new Database(file);
  // A history: created over 2020–2025 in id order; every other pledge corrected once a year later.
  db.exec(`
    update pledges set created_at = strftime('%Y-%m-%dT%H:%M:%fZ', julianday('2020-01-01') + (id * 2190.0 / ${N}));
    update revisions set at = (select created_at from pledges p where p.id = revisions.pledge_id);
    insert into revisions (pledge_id, action, actor_label, at, changes, version)
      select id, 'update', 'bench', strftime('%Y-%m-%dT%H:%M:%fZ', julianday(created_at) + 365),
             json_object('title', json_array(title, title || ' (corrected)'), 'stage', json_array('announced', stage)), 2
      from pledges where id % 2 = 0;
    update pledges set title = title || ' (corrected)', version = 2 where id % 2 = 0;
    analyze;`);
  db.close();
}
const { bucketRows } = await import('/work/wt-asof/db/totals/buckets.ts');
const { pledges } = await import('/work/wt-asof/db/tables.ts');
const { EMPTY_FILTERS } = await import('/work/wt-asof/lib/filters.ts');
const keys = [sql`substr(${pledges.announcedOn}, 1, 7)`, pledges.category.getSQL(), pledges.donorId.getSQL()];
for (const asOf of [null, '2025-06-30T23:59:59.999Z', '2023-01-01T23:59:59.999Z', '2021-01-01T23:59:59.999Z']) {
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await bucketRows({ ...EMPTY_FILTERS, asOf }, keys);
    ms.push(Math.round(performance.now() - t));
  }
  console.log(N, asOf ?? 'current', ms.join(' / '), 'ms');
}
