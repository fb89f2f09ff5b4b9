export * from './lib/languages';
export * from './lib/limits';
export * from './lib/sensitivity';
export * from './lib/vocabulary';
export * from './lib/small-cell';
export * from './lib/session-hint';
