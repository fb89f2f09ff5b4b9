import { configure } from '@testing-library/react';

// Lazily loaded pages and the language chunks resolve in a few milliseconds here, but a busy CI
// machine has taken more than Testing Library's default second: findBy* and waitFor wait longer.
configure({ asyncUtilTimeout: 5_000 });

// A warning or an error logged during a test fails it: an unmocked query (the page then shows its
// error state) or a state update outside act() means the test checks less than it seems to.
const logged: string[] = [];
for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    logged.push(`console.${level}: ${args.map(String).join(' ').split('\n').slice(0, 2).join(' ')}`);
    original(...args);
  };
}
afterEach(() => {
  const seen = logged.splice(0);
  if (seen.length > 0) throw new Error(`The test logged ${seen.length} warning(s) or error(s):\n${seen.join('\n')}`);
});
