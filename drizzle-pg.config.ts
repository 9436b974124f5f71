// drizzle-kit for the PostgreSQL engine: `npx drizzle-kit generate --config drizzle-pg.config.ts`
// writes db/migrations-pg/ from db/postgres/schema.ts (drizzle.config.ts does the same for SQLite).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './db/postgres/schema.ts',
  out: './db/migrations-pg',
  strict: true,
  verbose: true,
});
