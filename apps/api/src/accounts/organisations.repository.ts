import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { OrganisationType } from '@hub/domain';
import { Organisation } from './accounts.types';
import { isDuplicateKeyError } from './duplicate-key';
import { OrganisationRecord } from './organisation.schema';
import * as byId from '../database/by-id-queries';
import { validObjectIds } from '../common/object-ids';

type OrganisationLean = OrganisationRecord & { _id: Types.ObjectId };

function toOrganisation(record: OrganisationLean): Organisation {
  return { id: record._id.toHexString(), name: record.name, acronym: record.acronym ?? null, type: record.type, createdAt: record.createdAt };
}

export interface OrganisationPatch {
  name?: string;
  /** null removes the acronym. */
  acronym?: string | null;
  type?: OrganisationType;
}

@Injectable()
export class OrganisationsRepository implements OnModuleInit {
  constructor(@InjectModel(OrganisationRecord.name) private readonly model: Model<OrganisationRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(input: { name: string; acronym?: string | null; type: OrganisationType }): Promise<Organisation> {
    const created = await this.model.create({ name: input.name, acronym: input.acronym ?? undefined, type: input.type });
    return toOrganisation(created.toObject());
  }

  async findById(id: string): Promise<Organisation | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const record = await this.model.findById(id).lean<OrganisationLean>();
    return record ? toOrganisation(record) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Organisation[]> {
    const records = await byId.findByIds<OrganisationRecord, OrganisationLean>(this.model, validObjectIds(ids), {});
    return records.map(toOrganisation);
  }

  async findByName(name: string): Promise<Organisation | null> {
    const record = await this.model.findOne({ name }).lean<OrganisationLean>();
    return record ? toOrganisation(record) : null;
  }

  async list(): Promise<Organisation[]> {
    const records = await this.model.find().sort({ name: 1 }).lean<OrganisationLean[]>();
    return records.map(toOrganisation);
  }

  /** Creates the organisation unless its name is taken (null then); the unique index decides. */
  async insertUnique(input: { name: string; acronym?: string | null; type: OrganisationType }): Promise<Organisation | null> {
    try {
      return await this.create(input);
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  async update(id: string, patch: OrganisationPatch): Promise<Organisation | 'not-found' | 'name-taken'> {
    if (!Types.ObjectId.isValid(id)) return 'not-found';
    const { acronym, ...rest } = patch;
    const update = {
      $set: { ...rest, ...(acronym ? { acronym } : {}) },
      ...(acronym === null ? { $unset: { acronym: 1 } } : {}),
    };
    try {
      const record = await this.model.findByIdAndUpdate(id, update, { returnDocument: 'after' }).lean<OrganisationLean>();
      return record ? toOrganisation(record) : 'not-found';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'name-taken';
      throw error;
    }
  }
}
