-- The seeded pledges' stages, read again from the articles' own words (commitment = a decision to
-- give; allocation = earmarked for a specific item or project; disbursed = delivered or paid):
-- the $37 million drone detection system is an allocation, the $1 billion decision and the
-- generators being supplied are commitments. Only pledges the seed created and nobody has changed
-- since (still at version 1) are touched; each gets a revision saying why, and the data version
-- moves on so every cache lets the old figures go. db/seed.ts seeds new databases the same way.

UPDATE pledges SET stage = 'allocated', version = 2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE title = 'Drone detection system' AND stage = 'announced' AND version = 1 AND retracted_at IS NULL AND id IN (SELECT pledge_id FROM revisions WHERE action = 'create' AND actor_label = 'seed (source articles)');--> statement-breakpoint
INSERT INTO revisions (pledge_id, action, actor_id, actor_label, at, reason, changes, version)
SELECT id, 'update', NULL, 'seed (source articles)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'reclassified per the source''s wording',
  '{"stage":["announced","allocated"]}', 2
FROM pledges WHERE title = 'Drone detection system' AND stage = 'allocated' AND version = 2 AND id IN (SELECT pledge_id FROM revisions WHERE action = 'create' AND actor_label = 'seed (source articles)')
  AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.pledge_id = pledges.id AND r.version = 2);--> statement-breakpoint
UPDATE pledges SET stage = 'committed', version = 2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE title = 'Humanitarian projects and reconstruction' AND stage = 'announced' AND version = 1 AND retracted_at IS NULL AND id IN (SELECT pledge_id FROM revisions WHERE action = 'create' AND actor_label = 'seed (source articles)');--> statement-breakpoint
INSERT INTO revisions (pledge_id, action, actor_id, actor_label, at, reason, changes, version)
SELECT id, 'update', NULL, 'seed (source articles)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'reclassified per the source''s wording',
  '{"stage":["announced","committed"]}', 2
FROM pledges WHERE title = 'Humanitarian projects and reconstruction' AND stage = 'committed' AND version = 2 AND id IN (SELECT pledge_id FROM revisions WHERE action = 'create' AND actor_label = 'seed (source articles)')
  AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.pledge_id = pledges.id AND r.version = 2);--> statement-breakpoint
UPDATE pledges SET stage = 'committed', version = 2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE title = 'Generators to help Ukraine endure another winter' AND stage = 'announced' AND version = 1 AND retracted_at IS NULL AND id IN (SELECT pledge_id FROM revisions WHERE action = 'create' AND actor_label = 'seed (source articles)');--> statement-breakpoint
INSERT INTO revisions (pledge_id, action, actor_id, actor_label, at, reason, changes, version)
SELECT id, 'update', NULL, 'seed (source articles)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'reclassified per the source''s wording',
  '{"stage":["announced","committed"]}', 2
FROM pledges WHERE title = 'Generators to help Ukraine endure another winter' AND stage = 'committed' AND version = 2 AND id IN (SELECT pledge_id FROM revisions WHERE action = 'create' AND actor_label = 'seed (source articles)')
  AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.pledge_id = pledges.id AND r.version = 2);--> statement-breakpoint
INSERT INTO meta (key, value) VALUES ('data_version', '1')
  ON CONFLICT (key) DO UPDATE SET value = CAST(value AS integer) + 1;--> statement-breakpoint
INSERT INTO meta (key, value) VALUES ('data_changed_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;
