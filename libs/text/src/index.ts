export * from './lib/normalise';
