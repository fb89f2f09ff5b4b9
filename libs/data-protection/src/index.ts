export * from './lib/data-protection';
