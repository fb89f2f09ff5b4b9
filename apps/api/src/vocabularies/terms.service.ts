import { Injectable } from '@nestjs/common';
import type { SensitivityLevel } from '@hub/domain';
import { AuditLogService } from '../audit/audit-log.service';
import type { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { CohortsRepository } from './cohorts.repository';
import { LabelledTermsRepository } from './labelled-terms.repository';
import { SectorsRepository } from './sectors.repository';
import { uniqueByKey } from './vocabulary-keys';
import type { Cohort, LabelledTerm, LabelledTermKind, LocalisedNames, Sector } from './vocabularies.types';

export interface SectorWithSubSectors extends Sector {
  subSectors: SectorWithSubSectors[];
}

export interface NewCodedTerm {
  code: string;
  names: LocalisedNames;
  aliases?: string[];
}

export interface CodedTermChanges {
  names?: Partial<LocalisedNames>;
  aliases?: string[];
}

function trimNames<T extends Partial<LocalisedNames>>(names: T): T {
  return Object.fromEntries(Object.entries(names).map(([language, name]) => [language, typeof name === 'string' ? name.trim() : name])) as T;
}

/** Sectors, cohorts and the labels of the closed vocabularies: read by all, edited by admins. */
@Injectable()
export class TermsService {
  constructor(
    private readonly sectorsRepository: SectorsRepository,
    private readonly cohortsRepository: CohortsRepository,
    private readonly labelsRepository: LabelledTermsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async sectors(): Promise<SectorWithSubSectors[]> {
    const all = await this.sectorsRepository.list();
    const withChildren = (sector: Sector): SectorWithSubSectors => ({
      ...sector,
      subSectors: all.filter((child) => child.parentCode === sector.code).map((child) => ({ ...child, subSectors: [] })),
    });
    return all.filter((sector) => sector.parentCode === null).map(withChildren);
  }

  async sector(code: string): Promise<SectorWithSubSectors | null> {
    const all = await this.sectorsRepository.list();
    const sector = all.find((each) => each.code === code);
    if (!sector) return null;
    return { ...sector, subSectors: all.filter((child) => child.parentCode === code).map((child) => ({ ...child, subSectors: [] })) };
  }

  async createSector(input: NewCodedTerm & { parentCode?: string | null }, actor: Actor): Promise<SectorWithSubSectors> {
    const parentCode = input.parentCode ?? null;
    if (parentCode) await this.assertTopLevelSector(parentCode, input.code);
    const created = await this.sectorsRepository.create(
      { code: input.code, parentCode, names: trimNames(input.names), aliases: uniqueByKey(input.aliases ?? []) },
      actor.userId,
    );
    if (!created) throw HubError.conflict(`A sector with code ${input.code} exists already.`);
    return { ...created, subSectors: [] };
  }

  async setSectorDefaultSensitivity(code: string, level: SensitivityLevel, actor: Actor): Promise<SectorWithSubSectors> {
    const before = await this.sectorsRepository.findByCode(code);
    const updated = before && (await this.sectorsRepository.setDefaultSensitivity(code, level, actor.userId));
    if (!before || !updated) throw HubError.notFound(`Sector ${code}`);
    await this.audit.record({ actorId: actor.userId, action: 'SECTOR_DEFAULT_SENSITIVITY_CHANGED', targetType: 'SECTOR', targetId: code, details: { before: before.defaultSensitivity ?? null, after: level } });
    return (await this.sector(code)) ?? { ...updated, subSectors: [] };
  }

  async updateSector(code: string, changes: CodedTermChanges & { parentCode?: string | null }, actor: Actor): Promise<SectorWithSubSectors> {
    if (changes.parentCode) {
      await this.assertTopLevelSector(changes.parentCode, code);
      if (await this.sectorsRepository.hasSubSectors(code)) {
        throw HubError.invalid([{ field: 'input.parentCode', message: 'a sector with sub-sectors cannot become a sub-sector' }]);
      }
    }
    const updated = await this.sectorsRepository.update(
      code,
      { names: changes.names && trimNames(changes.names), aliases: changes.aliases && uniqueByKey(changes.aliases), parentCode: changes.parentCode },
      actor.userId,
    );
    if (!updated) throw HubError.notFound(`Sector ${code}`);
    return (await this.sector(code)) ?? { ...updated, subSectors: [] };
  }

  cohorts(): Promise<Cohort[]> {
    return this.cohortsRepository.list();
  }

  async createCohort(input: NewCodedTerm, actor: Actor): Promise<Cohort> {
    const created = await this.cohortsRepository.create(
      { code: input.code, names: trimNames(input.names), aliases: uniqueByKey(input.aliases ?? []) },
      actor.userId,
    );
    if (!created) throw HubError.conflict(`A cohort with code ${input.code} exists already.`);
    return created;
  }

  async updateCohort(code: string, changes: CodedTermChanges, actor: Actor): Promise<Cohort> {
    const updated = await this.cohortsRepository.update(
      code,
      { names: changes.names && trimNames(changes.names), aliases: changes.aliases && uniqueByKey(changes.aliases) },
      actor.userId,
    );
    if (!updated) throw HubError.notFound(`Cohort ${code}`);
    return updated;
  }

  /** Labels in the order of the closed vocabulary's codes. */
  async labels(kind: LabelledTermKind, codes: readonly string[]): Promise<LabelledTerm[]> {
    const stored = new Map((await this.labelsRepository.list(kind)).map((term) => [term.code, term]));
    return codes.flatMap((code) => stored.get(code) ?? []);
  }

  async updateLabels(kind: LabelledTermKind, code: string, names: Partial<LocalisedNames>, actor: Actor): Promise<LabelledTerm> {
    const updated = await this.labelsRepository.update(kind, code, trimNames(names), actor.userId);
    if (!updated) throw HubError.notFound(`Label of ${code}`);
    return updated;
  }

  private async assertTopLevelSector(parentCode: string, code: string): Promise<void> {
    const parent = parentCode === code ? null : (await this.sectorsRepository.findByCodes([parentCode]))[0];
    if (!parent) throw HubError.invalid([{ field: 'input.parentCode', message: `unknown sector ${parentCode}` }]);
    if (parent.parentCode) throw HubError.invalid([{ field: 'input.parentCode', message: `${parentCode} is itself a sub-sector` }]);
  }
}
