import { buildSnippet, highlightTokens } from '../analysis/highlight';
import { tokenize } from '../analysis/tokenizer';
import { HighlightedText } from '../search-engine.port';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './index-settings';

/**
 * Which words of a canonical text (`*_n`: canonical terms joined by single spaces) Meilisearch
 * marked. Word i of the canonical text is word i of the original, so the marks can be moved
 * onto the original text without ever returning the engine's markup.
 */
export function markedWordIndexes(formatted: string | undefined): Set<number> {
  const marked = new Set<number>();
  if (!formatted) return marked;
  let word = 0;
  let inside = false;
  for (const char of formatted) {
    if (char === HIGHLIGHT_PRE) inside = true;
    else if (char === HIGHLIGHT_POST) inside = false;
    else if (char === ' ' || char === '\n') word++;
    else if (inside) marked.add(word);
  }
  return marked;
}

export function highlightOriginal(original: string, formatted: string | undefined): HighlightedText {
  const marked = markedWordIndexes(formatted);
  return highlightTokens(original, tokenize(original), (index) => marked.has(index));
}

export function snippetOfOriginal(original: string, formatted: string | undefined): HighlightedText {
  const marked = markedWordIndexes(formatted);
  return buildSnippet(original, tokenize(original), (index) => marked.has(index));
}
