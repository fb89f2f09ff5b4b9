import { normaliseForSearch } from '@hub/text';

/** One word of a text: its canonical search term and where it sits in the original text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

// Letters, combining marks (Arabic diacritics, decomposed accents), digits and tatweel form words.
const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;

// Arabic definite article and its common clitic forms ("the", "and the", "with the", "for the"),
// longest first. Each has the shortest remainder that is still a word, so short roots stay intact.
const ARABIC_ARTICLES: ReadonlyArray<readonly [string, number]> = [
  ['وال', 3],
  ['بال', 3],
  ['لل', 3],
  ['ال', 2],
];

/** Strips a leading Arabic article so أطفال, اطفال and الأطفال index and match as one term. */
export function stripArabicArticle(term: string): string {
  for (const [article, minRemainder] of ARABIC_ARTICLES) {
    if (term.startsWith(article) && term.length - article.length >= minRemainder) return term.slice(article.length);
  }
  return term;
}

/** The term a single word indexes and queries as (shared by both engines). */
export function canonicalTerm(word: string): string {
  return stripArabicArticle(normaliseForSearch(word));
}

// Words already seen and their terms: a search highlights the titles and bodies of its hits (some
// 2,000 words a page) and folding each word again cost more than finding the hits. Cleared when full.
const SEEN_WORDS_MAX = 50_000;
const seenWords = new Map<string, string>();

function cachedCanonicalTerm(word: string): string {
  let term = seenWords.get(word);
  if (term === undefined) {
    if (seenWords.size >= SEEN_WORDS_MAX) seenWords.clear();
    term = canonicalTerm(word);
    seenWords.set(word, term);
  }
  return term;
}

/** Splits text into canonical terms, keeping offsets into the original text for highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = cachedCanonicalTerm(match[0]);
    if (term.length > 0) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Canonical terms of a text joined by single spaces: what Meilisearch indexes next to the original. */
export function canonicalText(text: string): string {
  return tokenize(text)
    .map((token) => token.term)
    .join(' ');
}

/** Typo budget per word, as Meilisearch applies it by default (numbers never get typos). */
export function allowedTypos(term: string): number {
  if (/^\p{N}+$/u.test(term)) return 0;
  const length = [...term].length;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}
