// Stands in for the 'server-only' guard under vitest (tests are server code).
export {};
