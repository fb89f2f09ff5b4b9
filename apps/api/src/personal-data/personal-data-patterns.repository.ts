import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { toHex as hex, toObjectId as oid } from '../common/object-ids';
import { PersonalDataPatternRecord } from './personal-data-pattern.schema';
import type { PersonalDataPattern, PersonalDataPatternFields } from './personal-data.types';

type PatternLean = PersonalDataPatternRecord & { _id: Types.ObjectId };

function toPattern(r: PatternLean): PersonalDataPattern {
  return {
    id: hex(r._id),
    name: r.name,
    pattern: r.pattern,
    caseInsensitive: !!r.caseInsensitive,
    label: { en: r.label.en, ar: r.label.ar, fr: r.label.fr },
    enabled: r.enabled !== false,
    version: r.version ?? 1,
    updatedBy: hex(r.updatedBy),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

@Injectable()
export class PersonalDataPatternsRepository implements OnModuleInit {
  constructor(@InjectModel(PersonalDataPatternRecord.name) private readonly model: Model<PersonalDataPatternRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  /** A small admin-managed collection: read whole, ordered by name. */
  async all(): Promise<PersonalDataPattern[]> {
    const records = await this.model.find({}).sort({ name: 1 }).lean<PatternLean[]>();
    return records.map(toPattern);
  }

  async findById(id: string): Promise<PersonalDataPattern | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.model.findById(id).lean<PatternLean>();
    return record ? toPattern(record) : null;
  }

  /** Unique names: a second pattern with the same name fails with a duplicate-key error. */
  async create(fields: PersonalDataPatternFields, by: string): Promise<PersonalDataPattern> {
    const created = await this.model.create({ ...fields, version: 1, updatedBy: oid(by) });
    return toPattern(created.toObject() as PatternLean);
  }

  /** Applies the edit only if nobody changed the pattern since `expectedVersion` was read. */
  async update(id: string, expectedVersion: number, fields: Partial<PersonalDataPatternFields>, by: string): Promise<PersonalDataPattern | null> {
    const record = await this.model
      .findOneAndUpdate({ _id: oid(id), version: expectedVersion }, { $set: { ...fields, updatedBy: oid(by) }, $inc: { version: 1 } }, { returnDocument: 'after' })
      .lean<PatternLean>();
    return record ? toPattern(record) : null;
  }
}
