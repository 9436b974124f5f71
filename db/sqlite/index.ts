export * from './check';
export * from './client';
export * from './sql-text';
export * from './transaction';
