export * from './dashboard';
export * from './totals';
