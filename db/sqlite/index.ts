export * from './check';
export * from './client';
export * from './open-error';
export * from './sql-text';
export * from './transaction';
