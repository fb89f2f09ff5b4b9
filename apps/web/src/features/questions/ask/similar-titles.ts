/** Arabic and Latin normalisation, so "Évictions" matches "evictions" and "أسعار" matches "اسعار". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

function words(text: string): Set<string> {
  return new Set(
    normalise(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4),
  );
}

export interface TitledQuestion {
  id: string;
  title: string;
}

/**
 * Questions whose titles share meaningful words with `title`, most shared first. A stopgap until
 * the search API's similarQuestions: it compares only the titles the viewer already loaded.
 */
export function similarByTitle<T extends TitledQuestion>(title: string, candidates: ReadonlyArray<T>, limit = 5): T[] {
  const wanted = words(title);
  if (wanted.size === 0) return [];
  return candidates
    .map((candidate) => ({ candidate, shared: [...words(candidate.title)].filter((word) => wanted.has(word)).length }))
    .filter(({ shared }) => shared >= Math.min(2, wanted.size))
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
