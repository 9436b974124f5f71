-- Public search (db/pledges/search.ts) on PostgreSQL: the same searched text per pledge as SQLite's
-- FTS5 table pledge_search (db/migrations/0004_pledge_search.sql) — its title, description, quoted
-- sentences in order and party names, under the same column names, keyed by the pledge's id as
-- rowid — as a view over the tables themselves, so every write path (the editor, the API, the CSV
-- import, a renamed party) is searchable at once with no trigger to keep. Words are found by ILIKE
-- (db/sql-dialect.ts containsText), which folds case in every script the database's locale knows.
-- A column the view reads cannot be dropped or retyped without recreating the view.
CREATE VIEW "pledge_search" AS
SELECT p.id AS rowid, p.title AS title, coalesce(p.description, '') AS description, q.quotes AS quotes,
  d.name || E'\n' || r.name AS parties
FROM pledges p
JOIN parties d ON d.id = p.donor_id
JOIN parties r ON r.id = p.recipient_id
CROSS JOIN LATERAL (
  SELECT coalesce(string_agg(ps.quote, E'\n' ORDER BY ps.position), '') AS quotes
  FROM pledge_sources ps WHERE ps.pledge_id = p.id
) q;
