export * from './corrections';
export * from './cut';
export * from './read';
