export * from './dashboard';
export * from './totals';
export * from './ranking';
export { getAnnualView } from './years';
