import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { LabelledTermRecord } from './labelled-term.schema';
import { insertMissing } from './mongo-writes';
import { namesPatch, plainNames } from './names-patch';
import type { LabelledTerm, LabelledTermKind, LocalisedNames } from './vocabularies.types';

function toTerm(record: LabelledTermRecord): LabelledTerm {
  return { kind: record.kind, code: record.code, names: plainNames(record.names) };
}

@Injectable()
export class LabelledTermsRepository implements OnModuleInit {
  private indexes?: Promise<unknown>;

  constructor(@InjectModel(LabelledTermRecord.name) private readonly model: Model<LabelledTermRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.ensureIndexes();
  }

  ensureIndexes(): Promise<unknown> {
    this.indexes ??= this.model.createIndexes();
    return this.indexes;
  }

  async list(kind: LabelledTermKind): Promise<LabelledTerm[]> {
    const records = await this.model.find({ kind }).lean<LabelledTermRecord[]>();
    return records.map(toTerm);
  }

  async update(kind: LabelledTermKind, code: string, names: Partial<LocalisedNames>, by: string): Promise<LabelledTerm | null> {
    const record = await this.model
      .findOneAndUpdate({ kind, code }, { $set: { ...namesPatch(names), updatedBy: by } }, { returnDocument: 'after' })
      .lean<LabelledTermRecord>();
    return record ? toTerm(record) : null;
  }

  async insertMissing(terms: readonly LabelledTerm[]): Promise<number> {
    return insertMissing(this.model, ['kind', 'code'], terms.map((term) => ({ ...term })));
  }
}
