export * from './fiscal-year';
