import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Members, Roles } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { OrganisationModel } from './accounts.models';
import { Organisation } from './accounts.types';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Members()
  @Query(() => [OrganisationModel], { description: 'All organisations, by name.' })
  organisations(): Promise<Organisation[]> {
    return this.service.list();
  }

  @Members()
  @Query(() => OrganisationModel)
  organisation(@Args('id', { type: () => ID }) id: string): Promise<Organisation> {
    return this.service.get(id);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => OrganisationModel)
  createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.service.create(input);
  }

  @Roles('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => OrganisationModel, { description: 'Organisation admins may rename their own organisation; only platform admins change its type.' })
  updateOrganisation(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganisationInput): Promise<Organisation> {
    return this.service.update(actor, input);
  }
}
