import { HighlightedText } from '../search-engine.port';
import { Token } from './tokenizer';

const ELLIPSIS = '…';

/** Highlights every token of `text` for which `isMatch` holds. */
export function highlightTokens(text: string, tokens: Token[], isMatch: (index: number) => boolean): HighlightedText {
  const highlights: Array<[number, number]> = [];
  tokens.forEach((token, index) => {
    if (isMatch(index)) highlights.push([token.start, token.end]);
  });
  return { text, highlights };
}

/**
 * A window of about `maxWords` words around the first match (or the start of the text), with
 * matches highlighted. Built the same way for both engines so snippets look alike.
 */
export function buildSnippet(text: string, tokens: Token[], isMatch: (index: number) => boolean, maxWords = 24): HighlightedText {
  if (tokens.length <= maxWords) return highlightTokens(text, tokens, isMatch);
  const firstMatch = tokens.findIndex((_, index) => isMatch(index));
  const from = Math.max(0, Math.min(firstMatch < 0 ? 0 : firstMatch - 6, tokens.length - maxWords));
  const to = Math.min(tokens.length, from + maxWords);
  const sliceStart = from === 0 ? 0 : tokens[from].start;
  const sliceEnd = to === tokens.length ? text.length : tokens[to - 1].end;
  const prefix = from === 0 ? '' : ELLIPSIS;
  const suffix = to === tokens.length ? '' : ELLIPSIS;
  const shift = prefix.length - sliceStart;
  const highlights: Array<[number, number]> = [];
  for (let index = from; index < to; index++) {
    if (isMatch(index)) highlights.push([tokens[index].start + shift, tokens[index].end + shift]);
  }
  return { text: prefix + text.slice(sliceStart, sliceEnd) + suffix, highlights };
}

/** Suggestions carry no snippet. */
export function emptyHighlight(): HighlightedText {
  return { text: '', highlights: [] };
}
