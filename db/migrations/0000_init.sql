CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `fx_rates` (
	`currency` text NOT NULL,
	`month` text NOT NULL,
	`units_per_usd` real NOT NULL,
	`source` text NOT NULL,
	PRIMARY KEY(`currency`, `month`),
	CONSTRAINT "fx_rates_positive_check" CHECK(units_per_usd > 0)
);
--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`last_failure_at` text,
	`locked_until` text
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`iso3` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "parties_kind_check" CHECK(kind in ('government', 'eu_institution', 'multilateral', 'private', 'other')),
	CONSTRAINT "parties_iso3_check" CHECK(iso3 is null or (length(iso3) = 3 and iso3 = upper(iso3)))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_slug_unique` ON `parties` (`slug`);--> statement-breakpoint
CREATE TABLE `pledge_sources` (
	`pledge_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`quote` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`pledge_id`, `source_id`),
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pledge_sources_source_idx` ON `pledge_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `pledges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text,
	`donor_id` integer NOT NULL,
	`recipient_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`category` text NOT NULL,
	`instrument` text NOT NULL,
	`stage` text NOT NULL,
	`kind` text DEFAULT 'item' NOT NULL,
	`is_lower_bound` integer DEFAULT false NOT NULL,
	`parent_id` integer,
	`amount` integer,
	`currency` text,
	`amount_usd` integer,
	`fx_rate` real,
	`fx_date` text,
	`fx_source` text,
	`announced_on` text,
	`date_precision` text DEFAULT 'day' NOT NULL,
	`retracted_at` text,
	`retraction_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`donor_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "pledges_category_check" CHECK(category in ('military', 'humanitarian', 'financial', 'reconstruction', 'other')),
	CONSTRAINT "pledges_instrument_check" CHECK(instrument in ('grant', 'loan', 'guarantee', 'in_kind', 'mixed', 'unspecified')),
	CONSTRAINT "pledges_stage_check" CHECK(stage in ('announced', 'committed', 'allocated', 'disbursed')),
	CONSTRAINT "pledges_kind_check" CHECK(kind in ('item', 'reported_total')),
	CONSTRAINT "pledges_date_precision_check" CHECK(date_precision in ('day', 'month', 'year', 'unknown')),
	CONSTRAINT "pledges_fx_source_check" CHECK(fx_source is null or fx_source in ('same_currency', 'federal_reserve_monthly', 'editor')),
	CONSTRAINT "pledges_amount_check" CHECK(amount is null or (amount >= 0 and currency is not null and amount_usd is not null)),
	CONSTRAINT "pledges_date_check" CHECK((announced_on is null) = (date_precision = 'unknown')),
	CONSTRAINT "pledges_version_check" CHECK(version >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledges_external_id_unique` ON `pledges` (`external_id`);--> statement-breakpoint
CREATE INDEX `pledges_announced_on_idx` ON `pledges` (`announced_on`);--> statement-breakpoint
CREATE INDEX `pledges_donor_idx` ON `pledges` (`donor_id`,`announced_on`);--> statement-breakpoint
CREATE INDEX `pledges_recipient_idx` ON `pledges` (`recipient_id`,`announced_on`);--> statement-breakpoint
CREATE INDEX `pledges_category_stage_idx` ON `pledges` (`category`,`stage`);--> statement-breakpoint
CREATE INDEX `pledges_parent_idx` ON `pledges` (`parent_id`);--> statement-breakpoint
CREATE INDEX `pledges_updated_at_idx` ON `pledges` (`updated_at`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pledge_id` integer NOT NULL,
	`action` text NOT NULL,
	`actor_id` integer,
	`actor_label` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`reason` text,
	`changes` text NOT NULL,
	`version` integer NOT NULL,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "revisions_action_check" CHECK(action in ('create', 'update', 'retract'))
);
--> statement-breakpoint
CREATE INDEX `revisions_pledge_idx` ON `revisions` (`pledge_id`,`id`);--> statement-breakpoint
CREATE INDEX `revisions_at_idx` ON `revisions` (`at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text,
	`publisher` text,
	`title` text NOT NULL,
	`published_on` text,
	`accessed_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url_unique` ON `sources` (`url`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`disabled_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "users_role_check" CHECK(role in ('editor', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);