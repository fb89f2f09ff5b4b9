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

/** Facet values are codes; people read names, in their language, from the vocabularies. */
@Injectable()
export class SearchFacetLabels {
  constructor(private readonly vocabularies: VocabulariesService) {}

  async labels(facets: Partial<Record<FacetName, FacetCount[]>>, language: Language): Promise<Map<string, string>> {
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
