import type { Language } from '@hub/domain';

const ARABIC = /[\u0600-\u06FF]/g;
const FRENCH = /\b(le|la|les|des|du|est|une|pour|dans|sur|avec|pourquoi|comment|qui|que|et)\b|[éèêàçùœ]/gi;
const ENGLISH = /\b(the|of|and|is|are|for|with|why|how|what|which|in|to)\b/gi;

/**
 * Questions and syntheses do not state their language (contributions do): a cheap guess by
 * script and common words, good enough for a facet.
 */
export function guessLanguage(text: string): Language {
  const sample = text.slice(0, 600);
  const arabic = sample.match(ARABIC)?.length ?? 0;
  if (arabic > sample.length / 4) return 'ar';
  const french = sample.match(FRENCH)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}
