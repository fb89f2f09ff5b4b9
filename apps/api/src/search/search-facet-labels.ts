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
 * Names change only when an admin edits a vocabulary, and every search shows them: each code's
 * names are kept this long, so a search reads the vocabularies only for codes it has not seen.
 */
const NAMES_TTL_MS = 30_000;

type Names = Record<Language, string>;

/** Facet values are codes; people read names, in their language, from the vocabularies. */
@Injectable()
export class SearchFacetLabels {
  private readonly names = new Map<string, { at: number; names: Names | null }>();

  constructor(private readonly vocabularies: VocabulariesService) {}

  async labels(facets: Partial<Record<FacetName, FacetCount[]>>, language: Language, now = Date.now()): Promise<Map<string, string>> {
    const codes = (facet: FacetName) => (facets[facet] ?? []).map((value) => value.value);
    const fresh = (code: string) => {
      const known = this.names.get(code);
      return !!known && now - known.at < NAMES_TTL_MS;
    };
    const missing = (list: string[]) => list.filter((code) => !fresh(code));
    const wanted = { sector: missing(codes('sector')), cohort: missing(codes('cohort')), place: missing([...codes('governorate'), ...codes('district')]) };
    if (wanted.sector.length + wanted.cohort.length + wanted.place.length) {
      const [sectors, cohorts, places] = await Promise.all([
        wanted.sector.length ? this.vocabularies.sectorsByCodes(wanted.sector) : [],
        wanted.cohort.length ? this.vocabularies.cohortsByCodes(wanted.cohort) : [],
        wanted.place.length ? this.vocabularies.placeWithAncestors(wanted.place) : [],
      ]);
      // Unknown codes are remembered too (as null), so they are not asked for on every search.
      for (const code of [...wanted.sector, ...wanted.cohort, ...wanted.place]) this.names.set(code, { at: now, names: null });
      for (const term of [...sectors, ...cohorts, ...places]) this.names.set(term.code, { at: now, names: term.names });
    }
    const labels = new Map<string, string>();
    for (const code of [...codes('sector'), ...codes('cohort'), ...codes('governorate'), ...codes('district')]) {
      const names = this.names.get(code)?.names;
      if (names) labels.set(code, names[language] || names.en);
    }
    for (const [code, languageNames] of Object.entries(LANGUAGE_NAMES)) labels.set(`language:${code}`, languageNames[language]);
    return labels;
  }

  labelOf(labels: Map<string, string>, facet: FacetName, value: string): string {
    if (facet === 'language') return labels.get(`language:${value}`) ?? value;
    if (facet === 'year') return value;
    return labels.get(value) ?? humanise(value);
  }
}
