import { Injectable } from '@nestjs/common';
import type { Language } from '@hub/domain';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import type { FacetCount, FacetName } from './search-engine.port';

const humanise = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
const LANGUAGE_NAMES: Record<string, Record<Language, string>> = {
  en: { en: 'English', ar: 'الإنجليزية', fr: 'Anglais' },
  ar: { en: 'Arabic', ar: 'العربية', fr: 'Arabe' },
  fr: { en: 'French', ar: 'الفرنسية', fr: 'Français' },
};

/**
 * Names change only when an admin edits a vocabulary, and every search shows them: a label set is
 * kept this long, so a search costs no database round trip for them.
 */
const LABELS_TTL_MS = 30_000;
const LABELS_CACHE_MAX = 500;

/** Facet values are codes; people read names, in their language, from the vocabularies. */
@Injectable()
export class SearchFacetLabels {
  private readonly cache = new Map<string, { at: number; labels: Promise<Map<string, string>> }>();

  constructor(private readonly vocabularies: VocabulariesService) {}

  labels(facets: Partial<Record<FacetName, FacetCount[]>>, language: Language, now = Date.now()): Promise<Map<string, string>> {
    const key = `${language}|${(['sector', 'cohort', 'governorate', 'district'] as const).map((facet) => (facets[facet] ?? []).map((value) => value.value).join(',')).join('|')}`;
    const cached = this.cache.get(key);
    if (cached && now - cached.at < LABELS_TTL_MS) return cached.labels;
    if (this.cache.size >= LABELS_CACHE_MAX) this.cache.clear();
    const labels = this.load(facets, language);
    this.cache.set(key, { at: now, labels });
    labels.catch(() => this.cache.delete(key));
    return labels;
  }

  private async load(facets: Partial<Record<FacetName, FacetCount[]>>, language: Language): Promise<Map<string, string>> {
    const codes = (facet: FacetName) => (facets[facet] ?? []).map((value) => value.value);
    const [sectors, cohorts, places] = await Promise.all([
      this.vocabularies.sectorsByCodes(codes('sector')),
      this.vocabularies.cohortsByCodes(codes('cohort')),
      this.vocabularies.placeWithAncestors([...codes('governorate'), ...codes('district')]),
    ]);
    const labels = new Map<string, string>();
    for (const term of [...sectors, ...cohorts, ...places]) labels.set(term.code, term.names[language] || term.names.en);
    for (const [code, names] of Object.entries(LANGUAGE_NAMES)) labels.set(`language:${code}`, names[language]);
    return labels;
  }

  labelOf(labels: Map<string, string>, facet: FacetName, value: string): string {
    if (facet === 'language') return labels.get(`language:${value}`) ?? value;
    if (facet === 'year') return value;
    return labels.get(value) ?? humanise(value);
  }
}
