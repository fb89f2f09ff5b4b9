import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { insertMissing, isDuplicateKey } from './mongo-writes';
import { plainNames } from './names-patch';
import { PlaceRecord } from './place.schema';
import { escapeRegex, placeSearchTerms } from './vocabulary-keys';
import type { Place, PlaceLevel } from './vocabularies.types';

/** A safety cap on list queries: a country's cadastres number in the low thousands. */
const LIST_MAX = 5_000;

function toPlace(record: PlaceRecord): Place {
  return {
    code: record.code,
    parentCode: record.parentCode ?? null,
    level: record.level,
    names: plainNames(record.names),
    aliases: record.aliases ?? [],
    ancestors: record.ancestors ?? [],
  };
}

/** The stored form: search terms always follow the names and aliases they come from. */
function toRecord(place: Place): Record<string, unknown> {
  return { ...place, searchTerms: placeSearchTerms(place.code, [place.names.en, place.names.ar, place.names.fr, ...place.aliases]) };
}

export interface PlaceLink {
  code: string;
  parentCode: string | null;
  ancestors: string[];
}

@Injectable()
export class PlacesRepository implements OnModuleInit {
  private indexes?: Promise<unknown>;

  constructor(@InjectModel(PlaceRecord.name) private readonly model: Model<PlaceRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.ensureIndexes();
  }

  ensureIndexes(): Promise<unknown> {
    this.indexes ??= this.model.createIndexes();
    return this.indexes;
  }

  async findByCode(code: string): Promise<Place | null> {
    const record = await this.model.findOne({ code }).lean<PlaceRecord>();
    return record ? toPlace(record) : null;
  }

  async findByCodes(codes: readonly string[]): Promise<Place[]> {
    if (codes.length === 0) return [];
    const records = await this.model.find({ code: { $in: [...codes] } }).lean<PlaceRecord[]>();
    return records.map(toPlace);
  }

  /** Direct children of a place, or the roots when `parentCode` is null. */
  async children(parentCode: string | null, level?: PlaceLevel): Promise<Place[]> {
    return this.list({ parentCode, ...(level ? { level } : {}) });
  }

  /** Every place below `code` (one indexed query on `ancestors`). */
  async descendants(code: string, level?: PlaceLevel): Promise<Place[]> {
    return this.list({ ancestors: code, ...(level ? { level } : {}) });
  }

  async atLevel(level: PlaceLevel): Promise<Place[]> {
    return this.list({ level });
  }

  async descendantCodes(codes: readonly string[]): Promise<string[]> {
    const records = await this.model.find({ ancestors: { $in: [...codes] } }).select({ code: 1 }).lean<Array<Pick<PlaceRecord, 'code'>>>();
    return records.map((record) => record.code);
  }

  /**
   * Places with a search term starting with the (already normalised) prefix; exact matches are
   * fetched first so that a short, common prefix cannot crowd them out of the candidates.
   */
  async searchByPrefix(prefix: string, limit: number): Promise<Place[]> {
    const [exact, starting] = await Promise.all([
      this.model.find({ searchTerms: prefix }).limit(limit).lean<PlaceRecord[]>(),
      this.model.find({ searchTerms: { $regex: `^${escapeRegex(prefix)}` } }).limit(limit).lean<PlaceRecord[]>(),
    ]);
    const byCode = new Map([...exact, ...starting].map((record) => [record.code, record]));
    return [...byCode.values()].map(toPlace);
  }

  /** Null when the code is taken. */
  async create(place: Place, by: string): Promise<Place | null> {
    try {
      const created = await this.model.create({ ...toRecord(place), updatedBy: by });
      return toPlace(created.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  /** Replaces a place's editable fields in one single-document write. */
  async replace(place: Place, by: string): Promise<Place | null> {
    const record = await this.model
      .findOneAndUpdate({ code: place.code }, { $set: { ...toRecord(place), updatedBy: by } }, { returnDocument: 'after' })
      .lean<PlaceRecord>();
    return record ? toPlace(record) : null;
  }

  async links(): Promise<PlaceLink[]> {
    const records = await this.model.find().select({ code: 1, parentCode: 1, ancestors: 1 }).lean<PlaceLink[]>();
    return records.map((record) => ({ code: record.code, parentCode: record.parentCode ?? null, ancestors: record.ancestors ?? [] }));
  }

  /** One write per place: each stays single-document atomic. */
  async setAncestors(updates: ReadonlyArray<{ code: string; ancestors: string[] }>): Promise<void> {
    if (updates.length === 0) return;
    await this.model.bulkWrite(
      updates.map(({ code, ancestors }) => ({ updateOne: { filter: { code }, update: { $set: { ancestors } } } })),
      { ordered: false },
    );
  }

  async insertMissing(places: readonly Place[]): Promise<number> {
    return insertMissing(this.model, ['code'], places.map(toRecord));
  }

  private async list(filter: Record<string, unknown>): Promise<Place[]> {
    const records = await this.model.find(filter).sort({ code: 1 }).limit(LIST_MAX).lean<PlaceRecord[]>();
    return records.map(toPlace);
  }
}
