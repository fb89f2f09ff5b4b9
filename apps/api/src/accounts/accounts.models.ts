import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumFromValues } from '../common/graphql-enum';
import { LANGUAGES, ORGANISATION_TYPES, ROLES } from '@hub/domain';
import type { Language, OrganisationType, Role } from '@hub/domain';
import type { User } from './accounts.types';


export const RoleEnum = enumFromValues(ROLES);
registerEnumType(RoleEnum, { name: 'Role' });
export const OrganisationTypeEnum = enumFromValues(ORGANISATION_TYPES);
registerEnumType(OrganisationTypeEnum, { name: 'OrganisationType' });
export const LanguageEnum = enumFromValues(LANGUAGES);
registerEnumType(LanguageEnum, { name: 'Language' });

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => OrganisationTypeEnum)
  type!: OrganisationType;
}

@ObjectType('Viewer', { description: 'The signed-in user, as they see themselves.' })
export class ViewerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => [String])
  leadSectors!: string[];

  @Field(() => [String])
  sectors!: string[];

  @Field(() => LanguageEnum)
  language!: Language;
}

@ObjectType('AuthSession', { description: 'A short-lived access token; the refresh token travels in an httpOnly cookie.' })
export class AuthSessionModel {
  @Field()
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => ViewerModel)
  viewer!: ViewerModel;
}

export function toViewer(user: User): ViewerModel {
  return {
    id: user.id,
    email: user.email ?? '',
    displayName: user.displayName,
    organisationId: user.organisationId,
    roles: user.roles,
    leadSectors: user.leadSectors,
    sectors: user.sectors,
    language: user.language,
  };
}

@ObjectType('UserSummary', { description: 'How a user appears to others: a name and an organisation, never an e-mail.' })
export class UserSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => OrganisationTypeEnum, { description: 'Shown with `former` as "former member of <organisation type>".' })
  organisationType!: OrganisationType;
}
