export * from './document';
export * from './annotation';
export * from './labels';
export * from './set';
export * from './hash';
