import { normaliseForSearch } from '@hub/text';

/** Codes of sectors, cohorts and places: upper-case letters, digits, `-` and `_`. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
export const CODE_MAX = 32;

// Leading articles that sources add or drop: "El Meten" / "Metn", "البقاع" / "بقاع".
const LATIN_ARTICLES = /^(?:el|al|an|ar|as|ash|ach|ad|az|le|la|les) /;
const ARABIC_ARTICLE = '\u0627\u0644';

/**
 * The comparable form of a name, alias or tag: normalised as search does (Arabic and French folding,
 * digits), apostrophes dropped ("Ba'albek"), other punctuation as spaces ("Baalbek-Hermel").
 */
export function vocabularyKey(text: string): string {
  return normaliseForSearch(text)
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function withoutArticle(key: string): string | null {
  const latin = key.match(LATIN_ARTICLES);
  if (latin) return key.slice(latin[0].length) || null;
  if (key.startsWith(ARABIC_ARTICLE) && key.length > ARABIC_ARTICLE.length + 1) return key.slice(ARABIC_ARTICLE.length);
  return null;
}

/**
 * Everything a prefix query may start with to find a place: each name and alias, each of their
 * trailing word runs ("west bekaa" → "bekaa") and the same without a leading article.
 */
export function placeSearchTerms(code: string, texts: readonly string[]): string[] {
  const terms = new Set<string>([vocabularyKey(code)]);
  for (const text of texts) {
    const words = vocabularyKey(text).split(' ').filter(Boolean);
    for (let start = 0; start < words.length; start++) {
      const run = words.slice(start).join(' ');
      terms.add(run);
      const bare = withoutArticle(run);
      if (bare) terms.add(bare);
    }
  }
  terms.delete('');
  return [...terms];
}

/** A tag's slug: its key with dashes, Arabic letters kept (URLs percent-encode them). */
export function tagSlug(label: string): string {
  return vocabularyKey(label).replace(/ /g, '-');
}

/** Keys a tag is found by: its label, its slug and each synonym. */
export function tagTerms(slug: string, label: string, synonyms: readonly string[]): string[] {
  const keys = [vocabularyKey(label), vocabularyKey(slug), ...synonyms.map(vocabularyKey)];
  return [...new Set(keys.filter(Boolean))];
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Trims and collapses inner whitespace of free text typed by people. */
export function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Case- and accent-insensitive de-duplication that keeps the first spelling seen. */
export function uniqueByKey(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts.map(tidy)) {
    const key = vocabularyKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}
