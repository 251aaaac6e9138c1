export * from './schema';
export * from './documents';
export * from './annotations';
export * from './label-sets';
export * from './settings';
export * from './history';
export * from './changes';
export * from './exchange';
