PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`event` text NOT NULL,
	`actor_id` integer,
	`subject_id` integer,
	`detail` text DEFAULT '' NOT NULL,
	`address` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "audit_log_event_check" CHECK(event in ('sign_in', 'sign_in_failed', 'sign_out', 'setup', 'invite', 'role_change', 'disable', 'enable', 'password_change', 'password_reset', 'token_create', 'token_revoke', 'fiscal_year_change', 'release_cut'))
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "at", "event", "actor_id", "subject_id", "detail", "address") SELECT "id", "at", "event", "actor_id", "subject_id", "detail", "address" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);