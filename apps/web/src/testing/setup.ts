import { configure } from '@testing-library/react';

// Lazily loaded pages and the language chunks resolve in a few milliseconds here, but a busy CI
// machine has taken more than Testing Library's default second: findBy* and waitFor wait longer.
configure({ asyncUtilTimeout: 5_000 });
