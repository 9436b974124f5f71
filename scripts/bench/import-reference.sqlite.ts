// The import's second reference: sqlite3 doing the writes `npm run import` does, in C. The export
// file is `.import`ed into a staging table; then, in one transaction, the parties, the pledges, the
// sources (one per URL), their links with quotes and positions, a create revision per pledge with
// every field, and the search index are written with `INSERT … SELECT`, into a database migrated
// with db/migrations/ (the same tables, indexes, CHECKs and triggers). The search index is paused
// and filled in one pass at the end, as db/pledges/search-index.sqlite.ts does for a bulk load.
// Simplifications that do not change the amount of work: party slugs are the lower-cased names
// with dashes (the synthetic names are Latin), and the " | " lists are split without the `\|`
// escapes the synthetic data never holds.

import { PLEDGE_COLUMNS } from '../../lib/csv/columns';

const DATE_PRECISION = (column: string) =>
  `case length(${column}) when 10 then 'day' when 7 then 'month' when 4 then 'year' else 'unknown' end`;
const MINOR_UNITS = (column: string) => `cast(replace(nullif(${column}, ''), '.', '') as integer)`;
const STAGE_DATES = ['committed', 'allocated', 'disbursed', 'cancelled'];
/** The columns a create revision records (every field but the row's own bookkeeping). */
const NOT_IN_REVISION = new Set(['id', 'external_id', 'donor_kind', 'parent_id', 'updated_at']);
const REVISION_FIELDS = PLEDGE_COLUMNS.filter((c) => !NOT_IN_REVISION.has(c));

/** Splits the five source lists of each staged row in step, one row per source. */
const SOURCE_ITEMS = `
create temp table source_items as
with recursive split(row_id, position, url, urls, title, titles, publisher, publishers, quote, quotes, published, publisheds) as (
  select rowid, -1, '', source_urls || ' | ', '', source_titles || ' | ', '', source_publishers || ' | ',
         '', source_quotes || ' | ', '', source_published_on || ' | '
  from staging where source_urls <> '' or source_titles <> ''
  union all
  select row_id, position + 1,
    substr(urls, 1, instr(urls, ' | ') - 1), substr(urls, instr(urls, ' | ') + 3),
    substr(titles, 1, instr(titles, ' | ') - 1), substr(titles, instr(titles, ' | ') + 3),
    substr(publishers, 1, instr(publishers, ' | ') - 1), substr(publishers, instr(publishers, ' | ') + 3),
    substr(quotes, 1, instr(quotes, ' | ') - 1), substr(quotes, instr(quotes, ' | ') + 3),
    substr(publisheds, 1, instr(publisheds, ' | ') - 1), substr(publisheds, instr(publisheds, ' | ') + 3)
  from split where urls <> '' or titles <> ''
)
select row_id, position, nullif(url, '') as url, title, nullif(publisher, '') as publisher, quote,
       nullif(published, '') as published
from split where position >= 0;`;

/** The sqlite3 script: `.import` of `csvPath`, then the same writes as the tracker's import. */
export function sameWritesScript(csvPath: string): string {
  const stageColumns = STAGE_DATES.flatMap((s) => [`${s}_on`, `${s}_precision`]).join(', ');
  const stageValues = STAGE_DATES.map((s) => `nullif(s.${s}_on, ''), ${DATE_PRECISION(`s.${s}_on`)}`).join(
    ', ',
  );
  const changes = REVISION_FIELDS.map((f) => `'${f}', json_array(null, nullif(s.${f}, ''))`).join(', ');
  return `.bail on
pragma foreign_keys = on;
.import --csv ${csvPath} staging
begin immediate;
insert into meta (key, value) values ('search_index_paused', '1');
insert or ignore into parties (slug, name, name_key, kind)
  select lower(replace(name, ' ', '-')), name, lower(name), kind from (
    select donor as name, coalesce(nullif(donor_kind, ''), 'government') as kind from staging
    union select recipient, 'government' from staging);
insert into pledges (id, external_id, donor_id, recipient_id, title, description, category, instrument, stage,
    kind, is_lower_bound, parent_id, amount, currency, amount_usd, fx_rate, fx_date, fx_source,
    announced_on, date_precision, ${stageColumns}, period_start, period_end)
  select cast(s.id as integer), nullif(s.external_id, ''), d.id, r.id, s.title, nullif(s.description, ''),
    s.category, s.instrument, s.stage, s.kind, s.is_lower_bound = 'true', cast(nullif(s.parent_id, '') as integer),
    ${MINOR_UNITS('s.amount')}, nullif(s.currency, ''), ${MINOR_UNITS('s.amount_usd')},
    cast(nullif(s.fx_rate, '') as real), nullif(s.fx_date, ''),
    case when s.amount = '' then null when s.currency = 'USD' then 'same_currency' else 'federal_reserve_monthly' end,
    nullif(s.announced_on, ''), ${DATE_PRECISION('s.announced_on')}, ${stageValues},
    nullif(s.period_start, ''), nullif(s.period_end, '')
  from staging s join parties d on d.name = s.donor join parties r on r.name = s.recipient
  order by cast(s.id as integer);
${SOURCE_ITEMS}
insert or ignore into sources (url, title, publisher, published_on)
  select url, title, publisher, published from source_items order by row_id, position;
insert into pledge_sources (pledge_id, source_id, quote, position)
  select cast(s.id as integer), src.id, i.quote, i.position
  from source_items i join staging s on s.rowid = i.row_id join sources src on src.url = i.url;
insert into revisions (pledge_id, action, actor_label, changes, version)
  select cast(s.id as integer), 'create', 'CSV import', json_object(${changes}), 1 from staging s;
delete from meta where key = 'search_index_paused';
insert into pledge_search (rowid, title, description, quotes, parties)
  select p.id, p.title, coalesce(p.description, ''),
    coalesce((select group_concat(quote, char(10)) from pledge_sources ps where ps.pledge_id = p.id), ''),
    d.name || char(10) || r.name
  from pledges p join parties d on d.id = p.donor_id join parties r on r.id = p.recipient_id;
drop table staging;
commit;
`;
}
