-- Public search (/search, db/search.ts): one full-text row per pledge, keyed by the pledge's id,
-- holding its title, description, quoted sentences and party names. The trigram tokenizer
-- matches any substring of three or more characters in every script (CJK runs without spaces
-- included) and folds case; shorter queries are answered by LIKE in db/search.ts. Retracted
-- pledges stay indexed (an un-retraction needs no rebuild) and are left out by the query.
-- Triggers keep the rows current on every write path: the editor, the API, the CSV import. A
-- bulk writer may pause them inside its own transaction (the meta row 'search_index_paused',
-- never committed) and index its new rows at once (db/search-index.ts). Quotes are joined from an
-- ordered subquery, not group_concat(… ORDER BY …): that form needs SQLite 3.44, and the sqlite3
-- command line of Debian 12 (3.40) would refuse to open the database at all.

CREATE VIRTUAL TABLE pledge_search USING fts5(title, description, quotes, parties, tokenize = 'trigram');--> statement-breakpoint
CREATE TRIGGER pledge_search_pledge_insert AFTER INSERT ON pledges
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_paused') BEGIN
  INSERT INTO pledge_search (rowid, title, description, quotes, parties) VALUES (
    new.id, new.title, coalesce(new.description, ''),
    coalesce((SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM pledge_sources WHERE pledge_id = new.id ORDER BY position)), ''),
    (SELECT d.name || char(10) || r.name FROM parties d, parties r WHERE d.id = new.donor_id AND r.id = new.recipient_id));
END;--> statement-breakpoint
CREATE TRIGGER pledge_search_pledge_update AFTER UPDATE OF title, description, donor_id, recipient_id ON pledges
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_paused') BEGIN
  UPDATE pledge_search SET title = new.title, description = coalesce(new.description, ''),
    parties = (SELECT d.name || char(10) || r.name FROM parties d, parties r WHERE d.id = new.donor_id AND r.id = new.recipient_id)
  WHERE rowid = new.id;
END;--> statement-breakpoint
CREATE TRIGGER pledge_search_source_insert AFTER INSERT ON pledge_sources
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_paused') BEGIN
  UPDATE pledge_search SET quotes = coalesce((SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM pledge_sources WHERE pledge_id = new.pledge_id ORDER BY position)), '')
  WHERE rowid = new.pledge_id;
END;--> statement-breakpoint
CREATE TRIGGER pledge_search_source_update AFTER UPDATE OF quote, position ON pledge_sources
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_paused') BEGIN
  UPDATE pledge_search SET quotes = coalesce((SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM pledge_sources WHERE pledge_id = new.pledge_id ORDER BY position)), '')
  WHERE rowid = new.pledge_id;
END;--> statement-breakpoint
CREATE TRIGGER pledge_search_source_delete AFTER DELETE ON pledge_sources
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_paused') BEGIN
  UPDATE pledge_search SET quotes = coalesce((SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM pledge_sources WHERE pledge_id = old.pledge_id ORDER BY position)), '')
  WHERE rowid = old.pledge_id;
END;--> statement-breakpoint
CREATE TRIGGER pledge_search_party_rename AFTER UPDATE OF name ON parties
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_paused') BEGIN
  UPDATE pledge_search SET parties = (SELECT d.name || char(10) || r.name FROM pledges p, parties d, parties r
    WHERE p.id = pledge_search.rowid AND d.id = p.donor_id AND r.id = p.recipient_id)
  WHERE rowid IN (SELECT id FROM pledges WHERE donor_id = new.id UNION SELECT id FROM pledges WHERE recipient_id = new.id);
END;--> statement-breakpoint
INSERT INTO pledge_search (rowid, title, description, quotes, parties)
SELECT p.id, p.title, coalesce(p.description, ''),
  coalesce((SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM pledge_sources WHERE pledge_id = p.id ORDER BY position)), ''),
  d.name || char(10) || r.name
FROM pledges p JOIN parties d ON d.id = p.donor_id JOIN parties r ON r.id = p.recipient_id;
