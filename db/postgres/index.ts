// The PostgreSQL engine's entry for code outside db/ (the scripts): opening, describing a URL,
// backups, the server's data-version listener and the SQL renderer the bench hands psql. None of
// these needs `server-only`, so scripts/serve.ts may import them. The verbs reach the engine
// through db/connection.ts.
export * from './backup';
export * from './client';
export * from './version-listener';
export * from './sql-text';
