import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EVIDENCE_TYPES, ORGANISATION_TYPES, SENSITIVITY_LEVELS, type EvidenceType, type OrganisationType, type SensitivityLevel } from '@hub/domain';
import { OrganisationTypeEnum } from '../accounts/accounts.models';
import { CurrentActor, Public, Roles } from '../auth/access.decorator';
import { HubError } from '../common/hub-error';
import { SensitivityLevelEnum } from '../content/content.enums';
import type { Actor } from '../auth/actor';
import { CreateCohortInput, CreateSectorInput, UpdateCohortInput, UpdateLabelsInput, UpdateSectorInput } from './dto/sector.input';
import { TermsService } from './terms.service';
import {
  CohortModel,
  EvidenceTypeLabelModel,
  OrganisationTypeLabelModel,
  SectorModel,
} from './vocabularies.models';

/** Sectors, cohorts and the labels of evidence and organisation types. Vocabularies are public. */
@Resolver()
export class TermsResolver {
  constructor(private readonly terms: TermsService) {}

  @Public()
  @Query(() => [SectorModel], { description: 'Top-level sectors in plan order, each with its sub-sectors.' })
  sectors(): Promise<SectorModel[]> {
    return this.terms.sectors();
  }

  @Public()
  @Query(() => SectorModel, { nullable: true })
  sector(@Args('code') code: string): Promise<SectorModel | null> {
    return this.terms.sector(code);
  }

  @Public()
  @Query(() => [CohortModel])
  cohorts(): Promise<CohortModel[]> {
    return this.terms.cohorts();
  }

  @Public()
  @Query(() => [EvidenceTypeLabelModel])
  async evidenceTypes(): Promise<EvidenceTypeLabelModel[]> {
    return (await this.terms.labels('EVIDENCE_TYPE', EVIDENCE_TYPES)) as EvidenceTypeLabelModel[];
  }

  @Public()
  @Query(() => [OrganisationTypeLabelModel])
  async organisationTypes(): Promise<OrganisationTypeLabelModel[]> {
    return (await this.terms.labels('ORGANISATION_TYPE', ORGANISATION_TYPES)) as OrganisationTypeLabelModel[];
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => SectorModel)
  createSector(@Args('input') input: CreateSectorInput, @CurrentActor() actor: Actor): Promise<SectorModel> {
    return this.terms.createSector(input, actor);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => SectorModel)
  updateSector(@Args('code') code: string, @Args('input') input: UpdateSectorInput, @CurrentActor() actor: Actor): Promise<SectorModel> {
    return this.terms.updateSector(code, input, actor);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => SectorModel, { description: 'The label questions in this sector get when asked without one (the strictest of their sectors applies).' })
  setSectorDefaultSensitivity(
    @Args('code') code: string,
    @Args('level', { type: () => SensitivityLevelEnum }) level: SensitivityLevel,
    @CurrentActor() actor: Actor,
  ): Promise<SectorModel> {
    if (!SENSITIVITY_LEVELS.includes(level)) throw HubError.invalid([{ field: 'level', message: 'is not a sensitivity level' }]);
    return this.terms.setSectorDefaultSensitivity(code, level, actor);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => CohortModel)
  createCohort(@Args('input') input: CreateCohortInput, @CurrentActor() actor: Actor): Promise<CohortModel> {
    return this.terms.createCohort(input, actor);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => CohortModel)
  updateCohort(@Args('code') code: string, @Args('input') input: UpdateCohortInput, @CurrentActor() actor: Actor): Promise<CohortModel> {
    return this.terms.updateCohort(code, input, actor);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => EvidenceTypeLabelModel, { description: 'Rewords the labels of an evidence type.' })
  async updateEvidenceTypeLabels(
    @Args('code', { type: () => String }) code: EvidenceType,
    @Args('input') input: UpdateLabelsInput,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceTypeLabelModel> {
    return { code, names: (await this.terms.updateLabels('EVIDENCE_TYPE', code, input.names, actor)).names };
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => OrganisationTypeLabelModel, { description: 'Rewords the labels of an organisation type.' })
  async updateOrganisationTypeLabels(
    @Args('code', { type: () => OrganisationTypeEnum }) code: OrganisationType,
    @Args('input') input: UpdateLabelsInput,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationTypeLabelModel> {
    return { code, names: (await this.terms.updateLabels('ORGANISATION_TYPE', code, input.names, actor)).names };
  }
}
