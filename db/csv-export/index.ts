export * from './claims';
export * from './csv-bytes';
export * from './limits';
export * from './plan';
export * from './pool';
export * from './snapshot.sqlite';
