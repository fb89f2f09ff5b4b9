import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EvidenceType, OrganisationType, SensitivityLevel } from '@hub/domain';
import { OrganisationTypeEnum } from '../accounts/accounts.models';
import { connectionType } from '../common/connection';
import { SensitivityLevelEnum } from '../content/content.enums';
import { PLACE_LEVELS, type PlaceLevel, type PlaceWithAncestors } from './vocabularies.types';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const PlaceLevelEnum = asEnum(PLACE_LEVELS);
registerEnumType(PlaceLevelEnum, { name: 'PlaceLevel' });

@ObjectType('LocalisedNames', { description: 'A name in each interface language.' })
export class LocalisedNamesModel {
  @Field()
  en!: string;

  @Field()
  ar!: string;

  @Field()
  fr!: string;
}

@ObjectType('Sector', { description: 'A sector of the response plan, or a sub-sector (parentCode set).' })
export class SectorModel {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  @Field(() => LocalisedNamesModel)
  names!: LocalisedNamesModel;

  @Field(() => [String], { description: 'Other names and abbreviations, any language.' })
  aliases!: string[];

  @Field(() => SensitivityLevelEnum, { description: 'The label of questions asked in this sector without one.' })
  defaultSensitivity?: SensitivityLevel;

  @Field(() => [SectorModel])
  subSectors!: SectorModel[];
}

@ObjectType('Cohort', { description: 'A population cohort (displaced Syrians, vulnerable Lebanese, …).' })
export class CohortModel {
  @Field()
  code!: string;

  @Field(() => LocalisedNamesModel)
  names!: LocalisedNamesModel;

  @Field(() => [String])
  aliases!: string[];
}

@ObjectType('Place', { description: 'A place of the places tree: country > governorate > district > cadastre.' })
export class PlaceModel {
  @Field({ description: 'P-code where one exists.' })
  code!: string;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  @Field(() => PlaceLevelEnum)
  level!: PlaceLevel;

  @Field(() => LocalisedNamesModel)
  names!: LocalisedNamesModel;

  @Field(() => [String], { description: 'Other spellings and names, any language.' })
  aliases!: string[];

  @Field(() => [String], { description: 'Codes of the ancestors, root first.' })
  ancestorCodes!: string[];

  @Field(() => [PlaceModel], { description: 'The ancestors, root first.' })
  ancestors!: PlaceModel[];
}

@ObjectType('EvidenceTypeLabel')
export class EvidenceTypeLabelModel {
  // A String, not the EvidenceType enum: that enum is registered by the content modules.
  @Field(() => String, { description: 'An EvidenceType value.' })
  code!: EvidenceType;

  @Field(() => LocalisedNamesModel)
  names!: LocalisedNamesModel;
}

@ObjectType('OrganisationTypeLabel')
export class OrganisationTypeLabelModel {
  @Field(() => OrganisationTypeEnum)
  code!: OrganisationType;

  @Field(() => LocalisedNamesModel)
  names!: LocalisedNamesModel;
}

@ObjectType('Tag', { description: 'A free tag with its synonyms in any language.' })
export class TagModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  label!: string;

  @Field(() => [String])
  synonyms!: string[];

  @Field(() => String, { nullable: true, description: 'Set when this tag was merged: the slug of the tag that replaces it.' })
  mergedInto!: string | null;
}

export const TagConnection = connectionType(TagModel, 'Tag');

export function toPlaceModel(place: PlaceWithAncestors): PlaceModel {
  return {
    code: place.code,
    parentCode: place.parentCode,
    level: place.level,
    names: place.names,
    aliases: place.aliases,
    ancestorCodes: place.ancestors,
    // An ancestor's own ancestors are the ones above it in the same list.
    ancestors: place.ancestorPlaces.map((ancestor, index) => toPlaceModel({ ...ancestor, ancestorPlaces: place.ancestorPlaces.slice(0, index) })),
  };
}
