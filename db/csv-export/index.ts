export * from './claims';
export * from './limits';
export * from './plan';
export * from './pool';
export * from './snapshot.sqlite';
