export * from './list';
export * from './summary';
