import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Physical left/right properties do not mirror for Arabic; their logical forms do.
const PHYSICAL = [
  /\b(?:margin|padding|border)-(?:left|right)\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /\btext-align\s*:\s*(?:left|right)\b/,
  /\bfloat\s*:\s*(?:left|right)\b/,
  /\bclear\s*:\s*(?:left|right)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
];

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

describe('stylesheets', () => {
  const files = cssFiles(__dirname);

  it('exist', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it('use logical properties only, so right-to-left layouts mirror', () => {
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => PHYSICAL.some((pattern) => pattern.test(line)))
        .map(({ line, index }) => `${relative(__dirname, file)}:${index + 1}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
