import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CohortRecord } from './cohort.schema';
import { insertMissing, isDuplicateKey } from './mongo-writes';
import { namesPatch, plainNames } from './names-patch';
import type { Cohort, LocalisedNames } from './vocabularies.types';

function toCohort(record: CohortRecord): Cohort {
  return { code: record.code, names: plainNames(record.names), aliases: record.aliases ?? [], order: record.order };
}

@Injectable()
export class CohortsRepository implements OnModuleInit {
  private indexes?: Promise<unknown>;

  constructor(@InjectModel(CohortRecord.name) private readonly model: Model<CohortRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.ensureIndexes();
  }

  ensureIndexes(): Promise<unknown> {
    this.indexes ??= this.model.createIndexes();
    return this.indexes;
  }

  async list(): Promise<Cohort[]> {
    const records = await this.model.find().sort({ order: 1, 'names.en': 1 }).lean<CohortRecord[]>();
    return records.map(toCohort);
  }

  async findByCodes(codes: readonly string[]): Promise<Cohort[]> {
    const records = await this.model.find({ code: { $in: [...codes] } }).lean<CohortRecord[]>();
    return records.map(toCohort);
  }

  /** Null when the code is taken. */
  async create(cohort: Omit<Cohort, 'order'>, by: string): Promise<Cohort | null> {
    try {
      const created = await this.model.create({ ...cohort, updatedBy: by });
      return toCohort(created.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  async update(code: string, changes: { names?: Partial<LocalisedNames>; aliases?: string[] }, by: string): Promise<Cohort | null> {
    const set: Record<string, unknown> = { ...namesPatch(changes.names), updatedBy: by };
    if (changes.aliases) set['aliases'] = changes.aliases;
    const record = await this.model.findOneAndUpdate({ code }, { $set: set }, { returnDocument: 'after' }).lean<CohortRecord>();
    return record ? toCohort(record) : null;
  }

  async insertMissing(cohorts: readonly Cohort[]): Promise<number> {
    return insertMissing(this.model, ['code'], cohorts.map((cohort) => ({ ...cohort })));
  }
}
