export * from './dashboard';
export * from './totals';
export * from './ranking';
