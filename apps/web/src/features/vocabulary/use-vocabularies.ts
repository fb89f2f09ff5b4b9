import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabulariesQuery } from '../../graphql/generated/graphql';
import { isLanguage, type Language } from '../../i18n';
import type { SelectOption } from '../../ui';
import { VOCABULARIES_QUERY } from './graphql/vocabularies.query';

interface Names {
  en: string;
  ar: string;
  fr: string;
}

export interface Vocabularies {
  loading: boolean;
  sectorName(code: string): string;
  cohortName(code: string): string;
  placeName(code: string): string;
  evidenceTypeName(code: string): string;
  organisationTypeName(code: string): string;
  sectorOptions: SelectOption[];
  cohortOptions: SelectOption[];
  evidenceTypeOptions: SelectOption[];
  placeOptions: SelectOption[];
}

function lookup(entries: ReadonlyArray<{ code: string; names: Names }>, language: Language): (code: string) => string {
  const byCode = new Map(entries.map((entry) => [entry.code, entry.names[language] || entry.names.en]));
  // An unknown code (a vocabulary entry removed since) still shows as its code rather than nothing.
  return (code) => byCode.get(code) ?? code;
}

function options(entries: ReadonlyArray<{ code: string; names: Names }>, language: Language): SelectOption[] {
  return entries.map((entry) => ({ value: entry.code, label: entry.names[language] || entry.names.en }));
}

function flattenSectors(data: VocabulariesQuery | undefined): Array<{ code: string; names: Names }> {
  return (data?.sectors ?? []).flatMap((sector) => [sector, ...sector.subSectors]);
}

/**
 * The lookups for one answer of the vocabularies query and one language, built once and shared: a
 * page of thirty cards would otherwise build the same maps thirty times.
 */
const derived = new WeakMap<VocabulariesQuery, Map<Language, Vocabularies>>();

function vocabulariesOf(data: VocabulariesQuery | undefined, loading: boolean, language: Language): Vocabularies {
  const known = data ? derived.get(data)?.get(language) : undefined;
  if (known && known.loading === loading) return known;
  const sectors = flattenSectors(data);
  const places = [...(data?.governorates ?? []), ...(data?.districts ?? [])];
  const made: Vocabularies = {
    loading,
    sectorName: lookup(sectors, language),
    cohortName: lookup(data?.cohorts ?? [], language),
    placeName: lookup(places, language),
    evidenceTypeName: lookup(data?.evidenceTypes ?? [], language),
    organisationTypeName: lookup(data?.organisationTypes ?? [], language),
    sectorOptions: options(data?.sectors ?? [], language),
    cohortOptions: options(data?.cohorts ?? [], language),
    evidenceTypeOptions: options(data?.evidenceTypes ?? [], language),
    placeOptions: options(places, language),
  };
  if (data) derived.set(data, (derived.get(data) ?? new Map<Language, Vocabularies>()).set(language, made));
  return made;
}

/** Localised names for vocabulary codes, in the interface language (cache-first: one request per visit). */
export function useVocabularies(): Vocabularies {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const { data, loading } = useQuery(VOCABULARIES_QUERY, { fetchPolicy: 'cache-first' });
  return useMemo(() => vocabulariesOf(data, loading, language), [data, loading, language]);
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
