import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { insertMissing, isDuplicateKey } from './mongo-writes';
import { TagRecord } from './tag.schema';
import { escapeRegex } from './vocabulary-keys';
import type { Tag } from './vocabularies.types';

type TagLean = TagRecord & { _id: Types.ObjectId };

function toTag(record: TagLean): Tag {
  return {
    id: record._id.toHexString(),
    slug: record.slug,
    label: record.label,
    synonyms: record.synonyms ?? [],
    mergedInto: record.mergedInto ?? null,
    mergedAt: record.mergedAt ?? null,
    createdAt: record.createdAt,
  };
}

export interface TagContent {
  slug: string;
  label: string;
  synonyms: string[];
  terms: string[];
}

export interface TagPageQuery {
  /** A normalised key: tags with a term containing a word that starts with it. */
  termPrefix?: string;
  afterSlug?: string;
  limit: number;
}

@Injectable()
export class TagsRepository implements OnModuleInit {
  private indexes?: Promise<unknown>;

  constructor(@InjectModel(TagRecord.name) private readonly model: Model<TagRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.ensureIndexes();
  }

  ensureIndexes(): Promise<unknown> {
    this.indexes ??= this.model.createIndexes();
    return this.indexes;
  }

  async findBySlug(slug: string): Promise<Tag | null> {
    const record = await this.model.findOne({ slug }).lean<TagLean>();
    return record ? toTag(record) : null;
  }

  async findBySlugs(slugs: readonly string[]): Promise<Tag[]> {
    if (slugs.length === 0) return [];
    const records = await this.model.find({ slug: { $in: [...slugs] } }).lean<TagLean[]>();
    return records.map(toTag);
  }

  /** Tags (merged ones too) found by any of the keys, with the keys each one holds. */
  async findByTerms(keys: readonly string[]): Promise<Array<Tag & { terms: string[] }>> {
    if (keys.length === 0) return [];
    const records = await this.model.find({ terms: { $in: [...keys] } }).lean<TagLean[]>();
    return records.map((record) => ({ ...toTag(record), terms: record.terms ?? [] }));
  }

  /** Active (not merged) tags in slug order. */
  async page(query: TagPageQuery): Promise<{ tags: Tag[]; totalCount: number }> {
    const filter: Record<string, unknown> = { mergedInto: null };
    if (query.termPrefix) filter['terms'] = { $regex: `(^| )${escapeRegex(query.termPrefix)}` };
    const pageFilter = query.afterSlug ? { ...filter, slug: { $gt: query.afterSlug } } : filter;
    const [records, totalCount] = await Promise.all([
      this.model.find(pageFilter).sort({ slug: 1 }).limit(query.limit).lean<TagLean[]>(),
      this.model.countDocuments(filter),
    ]);
    return { tags: records.map(toTag), totalCount };
  }

  async activeTags(): Promise<Tag[]> {
    const records = await this.model.find({ mergedInto: null }).sort({ slug: 1 }).lean<TagLean[]>();
    return records.map(toTag);
  }

  /** Null when the slug is taken. */
  async create(content: TagContent, by: string | null): Promise<Tag | null> {
    try {
      const created = await this.model.create({ ...content, updatedBy: by });
      return toTag(created.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  /** Rewrites an active tag's label and synonyms; null when it is missing or merged. */
  async update(slug: string, content: Omit<TagContent, 'slug'>, by: string): Promise<Tag | null> {
    const record = await this.model
      .findOneAndUpdate({ slug, mergedInto: null }, { $set: { ...content, updatedBy: by } }, { returnDocument: 'after' })
      .lean<TagLean>();
    return record ? toTag(record) : null;
  }

  /** Marks an active tag as merged into `target`; null when it is missing or already merged. */
  async claimMerge(source: string, target: string, by: string, at: Date): Promise<(Tag & { terms: string[] }) | null> {
    const record = await this.model
      .findOneAndUpdate(
        { slug: source, mergedInto: null },
        { $set: { mergedInto: target, mergedAt: at, mergedBy: by } },
        { returnDocument: 'after' },
      )
      .lean<TagLean>();
    return record ? { ...toTag(record), terms: record.terms ?? [] } : null;
  }

  async undoMerge(source: string, target: string): Promise<void> {
    await this.model.updateOne({ slug: source, mergedInto: target }, { $set: { mergedInto: null, mergedAt: null, mergedBy: null } });
  }

  /** Adds synonyms and search keys to an active tag (idempotent); null when it is missing or merged. */
  async addSynonyms(slug: string, synonyms: readonly string[], terms: readonly string[]): Promise<Tag | null> {
    const record = await this.model
      .findOneAndUpdate(
        { slug, mergedInto: null },
        { $addToSet: { synonyms: { $each: [...synonyms] }, terms: { $each: [...terms] } } },
        { returnDocument: 'after' },
      )
      .lean<TagLean>();
    return record ? toTag(record) : null;
  }

  /** Tags merged into `from` now point at `to` directly, so lookups stay one hop. */
  async repointMerged(from: string, to: string): Promise<void> {
    await this.model.updateMany({ mergedInto: from }, { $set: { mergedInto: to } });
  }

  async insertMissing(tags: readonly TagContent[]): Promise<number> {
    return insertMissing(this.model, ['slug'], tags.map((tag) => ({ ...tag, mergedInto: null, mergedAt: null, mergedBy: null })));
  }
}
