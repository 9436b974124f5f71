export * from './audit';
export * from './audited';
export * from './passwords';
export * from './sessions';
export * from './setup-code';
export * from './sign-in';
export * from './tokens';
export * from './users';
