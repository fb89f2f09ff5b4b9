import { Type } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DEFAULT_LANGUAGE, type Language } from '@hub/domain';
import { LanguageEnum } from '../accounts/accounts.models';
import { displayName } from './place-tree';
import {
  CohortModel,
  EvidenceTypeLabelModel,
  OrganisationTypeLabelModel,
  PlaceModel,
  SectorModel,
} from './vocabularies.models';
import type { LocalisedNames } from './vocabularies.types';

function nameIn(names: LocalisedNames, language: Language): string {
  return names[language] || names.en;
}

/** Adds `name(language)` to a vocabulary type: the name in one language, English as fallback. */
function localisedNameResolver<T extends { names: LocalisedNames }>(type: Type<T>): Type<unknown> {
  @Resolver(() => type)
  class LocalisedNameResolver {
    @ResolveField('name', () => String, { description: 'The name in one language (English when that one is empty).' })
    name(
      @Parent() parent: T,
      @Args('language', { type: () => LanguageEnum, defaultValue: DEFAULT_LANGUAGE }) language: Language,
    ): string {
      return nameIn(parent.names, language);
    }
  }
  return LocalisedNameResolver;
}

@Resolver(() => PlaceModel)
export class PlaceDisplayNameResolver {
  @ResolveField('displayName', () => String, { description: 'For lists and pickers: "Saida, South" (the country left out).' })
  displayName(
    // An interface, not the class: the global validation pipe would validate a class-typed parent.
    @Parent() place: Pick<PlaceModel, 'names' | 'ancestors'>,
    @Args('language', { type: () => LanguageEnum, defaultValue: DEFAULT_LANGUAGE }) language: Language,
  ): string {
    const above = place.ancestors.filter((ancestor) => ancestor.level !== 'COUNTRY').reverse();
    // Arabic text takes the Arabic comma.
    return displayName([place, ...above].map((each) => nameIn(each.names, language)), language === 'ar' ? '، ' : ', ');
  }
}

export const LOCALISED_NAME_RESOLVERS = [
  localisedNameResolver(SectorModel),
  localisedNameResolver(CohortModel),
  localisedNameResolver(PlaceModel),
  localisedNameResolver(EvidenceTypeLabelModel),
  localisedNameResolver(OrganisationTypeLabelModel),
  PlaceDisplayNameResolver,
];
