ALTER TABLE "pledges" DROP CONSTRAINT "pledges_stage_check";--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "fiscal_year_start_month" integer;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "committed_on" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "committed_precision" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "allocated_on" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "allocated_precision" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "disbursed_on" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "disbursed_precision" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "cancelled_on" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "cancelled_precision" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "period_start" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "period_end" text;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_fiscal_year_check" CHECK (fiscal_year_start_month is null or fiscal_year_start_month between 1 and 12);--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_committed_precision_check" CHECK (committed_precision in ('day', 'month', 'year', 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_committed_date_check" CHECK ((committed_on is null) = (committed_precision = 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_allocated_precision_check" CHECK (allocated_precision in ('day', 'month', 'year', 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_allocated_date_check" CHECK ((allocated_on is null) = (allocated_precision = 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_disbursed_precision_check" CHECK (disbursed_precision in ('day', 'month', 'year', 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_disbursed_date_check" CHECK ((disbursed_on is null) = (disbursed_precision = 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_cancelled_precision_check" CHECK (cancelled_precision in ('day', 'month', 'year', 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_cancelled_date_check" CHECK ((cancelled_on is null) = (cancelled_precision = 'unknown'));--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_stage_check" CHECK (stage in ('announced', 'committed', 'allocated', 'disbursed', 'cancelled'));