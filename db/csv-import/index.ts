export * from './import';
export * from './job';
