import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import {
  PatternTestResultModel,
  PersonalDataPatternInput,
  PersonalDataPatternModel,
  TestPersonalDataPatternInput,
  UpdatePersonalDataPatternInput,
} from './personal-data.models';
import { PatternTestResult, PersonalDataPatternsService } from './personal-data-patterns.service';
import type { PersonalDataPattern } from './personal-data.types';

@Resolver(() => PersonalDataPatternModel)
export class PersonalDataPatternsResolver {
  constructor(private readonly patterns: PersonalDataPatternsService) {}

  @Roles('PLATFORM_ADMIN')
  @Query(() => [PersonalDataPatternModel], { description: 'Admin-configured personal-data patterns, by name (platform admins).' })
  personalDataPatterns(@CurrentActor() actor: Actor): Promise<PersonalDataPattern[]> {
    return this.patterns.list(actor);
  }

  @Roles('PLATFORM_ADMIN')
  @Query(() => PatternTestResultModel, { description: 'Checks a pattern as saving would and shows its matches in sample text; saves nothing.' })
  testPersonalDataPattern(@CurrentActor() actor: Actor, @Args('input') input: TestPersonalDataPatternInput): PatternTestResult {
    return this.patterns.test(actor, input.pattern, input.caseInsensitive, input.sample);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => PersonalDataPatternModel, { description: 'Adds a personal-data pattern (refused when invalid or prone to catastrophic backtracking); audited.' })
  createPersonalDataPattern(@CurrentActor() actor: Actor, @Args('input') input: PersonalDataPatternInput): Promise<PersonalDataPattern> {
    return this.patterns.create(actor, input);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => PersonalDataPatternModel, { description: 'Edits, enables or disables a personal-data pattern; audited.' })
  updatePersonalDataPattern(@CurrentActor() actor: Actor, @Args('input') input: UpdatePersonalDataPatternInput): Promise<PersonalDataPattern> {
    const { id, version, ...fields } = input;
    return this.patterns.update(actor, id, version, fields);
  }
}
