import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import type { SensitivityLevel } from '@hub/domain';
import { insertMissing, isDuplicateKey } from './mongo-writes';
import { namesPatch, plainNames } from './names-patch';
import { SectorRecord } from './sector.schema';
import { SECTOR_DEFAULT_SENSITIVITY, type LocalisedNames, type Sector } from './vocabularies.types';

function toSector(record: SectorRecord): Sector {
  return {
    code: record.code,
    parentCode: record.parentCode ?? null,
    names: plainNames(record.names),
    aliases: record.aliases ?? [],
    order: record.order,
    defaultSensitivity: record.defaultSensitivity ?? SECTOR_DEFAULT_SENSITIVITY,
  };
}

export interface SectorChanges {
  names?: Partial<LocalisedNames>;
  aliases?: string[];
  parentCode?: string | null;
}

@Injectable()
export class SectorsRepository implements OnModuleInit {
  private indexes?: Promise<unknown>;

  constructor(@InjectModel(SectorRecord.name) private readonly model: Model<SectorRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.ensureIndexes();
  }

  /** Once per process; the seeder waits for it too (Nest runs module-init hooks in parallel). */
  ensureIndexes(): Promise<unknown> {
    this.indexes ??= this.model.createIndexes();
    return this.indexes;
  }

  async list(): Promise<Sector[]> {
    const records = await this.model.find().sort({ order: 1, 'names.en': 1 }).lean<SectorRecord[]>();
    return records.map(toSector);
  }

  async findByCodes(codes: readonly string[]): Promise<Sector[]> {
    const records = await this.model.find({ code: { $in: [...codes] } }).lean<SectorRecord[]>();
    return records.map(toSector);
  }

  async findByCode(code: string): Promise<Sector | null> {
    const record = await this.model.findOne({ code }).lean<SectorRecord>();
    return record ? toSector(record) : null;
  }

  async hasSubSectors(code: string): Promise<boolean> {
    return (await this.model.countDocuments({ parentCode: code })) > 0;
  }

  /** Null when the code is taken. */
  async create(sector: Omit<Sector, 'order'>, by: string): Promise<Sector | null> {
    try {
      const created = await this.model.create({ ...sector, updatedBy: by });
      return toSector(created.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  async update(code: string, changes: SectorChanges, by: string): Promise<Sector | null> {
    const set: Record<string, unknown> = { ...namesPatch(changes.names), updatedBy: by };
    if (changes.aliases) set['aliases'] = changes.aliases;
    if (changes.parentCode !== undefined) set['parentCode'] = changes.parentCode;
    const record = await this.model.findOneAndUpdate({ code }, { $set: set }, { returnDocument: 'after' }).lean<SectorRecord>();
    return record ? toSector(record) : null;
  }

  async setDefaultSensitivity(code: string, level: SensitivityLevel, by: string): Promise<Sector | null> {
    const record = await this.model.findOneAndUpdate({ code }, { $set: { defaultSensitivity: level, updatedBy: by } }, { returnDocument: 'after' }).lean<SectorRecord>();
    return record ? toSector(record) : null;
  }

  async insertMissing(sectors: readonly Sector[]): Promise<number> {
    return insertMissing(this.model, ['code'], sectors.map((sector) => ({ ...sector })));
  }
}
