export * from './xss-corpus';
export * from './xss-corpus.rendered';
export * from './csv';
