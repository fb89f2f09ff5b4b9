import { Injectable, Logger } from '@nestjs/common';
import { LIMITS } from '@hub/domain';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { Connection, decodeCursor, encodeCursor } from '../common/connection';
import { FieldProblem, HubError } from '../common/hub-error';
import { TagsRepository } from './tags.repository';
import { tagSlug, tagTerms, tidy, uniqueByKey, vocabularyKey } from './vocabulary-keys';
import type { Tag, TagMergedEvent } from './vocabularies.types';

export type TagMergedListener = (event: TagMergedEvent) => void | Promise<void>;

/** Merges are flattened as they happen; this only bounds the walk over older records. */
const MAX_MERGE_HOPS = 8;

/** Free tags with synonyms: find-or-create for content, editing and merging for moderators. */
@Injectable()
export class TagsService {
  private readonly logger = new Logger(TagsService.name);
  private readonly mergeListeners = new Set<TagMergedListener>();

  constructor(private readonly tags: TagsRepository) {}

  async page(query: string | null | undefined, first: number, after: string | null | undefined): Promise<Connection<Tag>> {
    const afterSlug = after ? String(decodeCursor(after).key) : undefined;
    const termPrefix = query ? vocabularyKey(query) : undefined;
    const { tags, totalCount } = await this.tags.page({ termPrefix: termPrefix || undefined, afterSlug, limit: first + 1 });
    const edges = tags.slice(0, first).map((tag) => ({ cursor: encodeCursor({ key: tag.slug, id: tag.id }), node: tag }));
    return { edges, pageInfo: { hasNextPage: tags.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  get(slug: string): Promise<Tag | null> {
    return this.tags.findBySlug(slug);
  }

  getMany(slugs: readonly string[]): Promise<Tag[]> {
    return this.tags.findBySlugs([...new Set(slugs)]);
  }

  async create(input: { label: string; synonyms?: string[] }, actor: Actor): Promise<Tag> {
    const content = this.content(tagSlug(input.label), input.label, input.synonyms ?? []);
    await this.assertTermsFree(content.terms, null);
    const created = await this.tags.create(content, actor.userId);
    if (!created) throw HubError.conflict(`A tag "${content.slug}" exists already.`);
    return created;
  }

  async update(slug: string, changes: { label?: string | null; synonyms?: string[] | null }, actor: Actor): Promise<Tag> {
    const current = await this.tags.findBySlug(slug);
    if (!current) throw HubError.notFound(`Tag "${slug}"`);
    if (current.mergedInto) throw HubError.conflict(`"${slug}" was merged into "${current.mergedInto}": edit that tag instead.`);
    const { label, synonyms, terms } = this.content(slug, changes.label ?? current.label, changes.synonyms ?? current.synonyms);
    await this.assertTermsFree(terms, slug);
    const updated = await this.tags.update(slug, { label, synonyms, terms }, actor.userId);
    if (!updated) throw HubError.conflict(`"${slug}" was merged meanwhile.`);
    return updated;
  }

  /**
   * Merges `sourceSlug` into `targetSlug`: the source is marked merged (its record stays, as the
   * trace of the merge) and its label and synonyms become the target's synonyms. Content keeps
   * the old slug until its module re-tags it (see `resolve` and `onMerged`).
   */
  async merge(sourceSlug: string, targetSlug: string, actor: Actor): Promise<Tag> {
    if (sourceSlug === targetSlug) throw HubError.invalid([{ field: 'targetSlug', message: 'must differ from the source tag' }]);
    const found = await this.tags.findBySlugs([sourceSlug, targetSlug]);
    const source = found.find((tag) => tag.slug === sourceSlug);
    const target = found.find((tag) => tag.slug === targetSlug);
    if (!source) throw HubError.notFound(`Tag "${sourceSlug}"`);
    if (!target) throw HubError.notFound(`Tag "${targetSlug}"`);
    if (target.mergedInto) throw HubError.conflict(`"${targetSlug}" was merged into "${target.mergedInto}": merge into that tag.`);
    if (source.mergedInto && source.mergedInto !== targetSlug) {
      throw HubError.conflict(`"${sourceSlug}" was already merged into "${source.mergedInto}".`);
    }
    const mergedAt = source.mergedAt ?? new Date();
    // Claim the source first; a repeated call (same target) only re-applies the synonyms.
    const claimed = source.mergedInto ? null : await this.tags.claimMerge(sourceSlug, targetSlug, actor.userId, mergedAt);
    if (!source.mergedInto && !claimed) throw HubError.conflict(`"${sourceSlug}" was merged meanwhile.`);
    const sourceTerms = claimed?.terms ?? tagTerms(source.slug, source.label, source.synonyms);
    const targetKeys = tagTerms(target.slug, target.label, target.synonyms);
    const moved = uniqueByKey([source.label, ...source.synonyms]).filter((synonym) => !targetKeys.includes(vocabularyKey(synonym)));
    const merged = await this.tags.addSynonyms(targetSlug, moved, sourceTerms);
    if (!merged) {
      // The target was merged elsewhere meanwhile: undo, so no chain or loop is left behind.
      await this.tags.undoMerge(sourceSlug, targetSlug);
      throw HubError.conflict(`"${targetSlug}" was merged meanwhile.`);
    }
    await this.tags.repointMerged(sourceSlug, targetSlug);
    await this.emitMerged({ sourceSlug, targetSlug, mergedBy: actor.userId, mergedAt });
    return merged;
  }

  /** Maps each slug to the tag that stands for it now (following merges); de-duplicated, in order. */
  async resolve(slugs: readonly string[]): Promise<string[]> {
    const next = new Map<string, string>();
    let pending = [...new Set(slugs)];
    for (let hop = 0; hop < MAX_MERGE_HOPS && pending.length > 0; hop++) {
      const merged = (await this.tags.findBySlugs(pending)).filter((tag) => tag.mergedInto);
      merged.forEach((tag) => next.set(tag.slug, tag.mergedInto ?? tag.slug));
      pending = merged.map((tag) => tag.mergedInto ?? '').filter((slug) => slug && !next.has(slug));
    }
    const final = (slug: string) => {
      const seen = new Set<string>();
      let current = slug;
      while (next.has(current) && !seen.has(current)) {
        seen.add(current);
        current = next.get(current) ?? current;
      }
      return current;
    };
    return [...new Set(slugs.map(final))];
  }

  /**
   * The slugs for tags typed by people: each label finds its tag by label, slug or synonym in any
   * language (after normalisation), or becomes a new tag.
   */
  async normalise(labels: readonly string[], field: string): Promise<string[]> {
    const cleaned = this.validateLabels(labels, field);
    const keys = uniqueByKey(cleaned).map((label) => ({ label, key: vocabularyKey(label) }));
    const found = await this.tags.findByTerms(keys.map(({ key }) => key));
    const slugs: string[] = [];
    for (const { label, key } of keys) {
      const holders = found.filter((tag) => tag.terms.includes(key));
      const existing = holders.find((tag) => !tag.mergedInto) ?? holders[0];
      slugs.push(existing ? existing.slug : await this.createFromLabel(label, key));
    }
    return this.resolve(slugs);
  }

  /** For the search engines: each active tag's label with its synonyms. */
  async synonymGroups(): Promise<string[][]> {
    const tags = await this.tags.activeTags();
    return tags.map((tag) => uniqueByKey([tag.label, ...tag.synonyms])).filter((group) => group.length > 1);
  }

  /** Lets content modules re-tag after a merge; returns the unsubscribe function. */
  onMerged(listener: TagMergedListener): () => void {
    this.mergeListeners.add(listener);
    return () => this.mergeListeners.delete(listener);
  }

  private async emitMerged(event: TagMergedEvent): Promise<void> {
    for (const listener of this.mergeListeners) {
      try {
        await listener(event);
      } catch (error) {
        // The merge itself is done; re-tagging can be retried from `resolve`.
        this.logger.error(`A TagMerged listener failed for ${event.sourceSlug} → ${event.targetSlug}: ${String(error)}`);
      }
    }
  }

  private content(slug: string, label: string, synonyms: readonly string[]) {
    const cleanLabel = tidy(label);
    const labelKey = vocabularyKey(cleanLabel);
    if (!labelKey) throw HubError.invalid([{ field: 'input.label', message: 'must contain a letter or a digit' }]);
    const cleanSynonyms = uniqueByKey(synonyms).filter((synonym) => vocabularyKey(synonym) !== labelKey);
    return { slug, label: cleanLabel, synonyms: cleanSynonyms, terms: tagTerms(slug, cleanLabel, cleanSynonyms) };
  }

  /** A word may stand for one active tag only. */
  private async assertTermsFree(terms: readonly string[], slug: string | null): Promise<void> {
    const holders = (await this.tags.findByTerms(terms)).filter((tag) => !tag.mergedInto && tag.slug !== slug);
    if (holders.length === 0) return;
    const taken = holders.map((tag) => `"${tag.slug}" (${terms.filter((term) => tag.terms.includes(term)).join(', ')})`);
    throw HubError.conflict(`Already used by another tag: ${taken.join('; ')}.`);
  }

  private validateLabels(labels: readonly string[], field: string): string[] {
    if (labels.length > LIMITS.tagsMax) throw HubError.invalid([{ field, message: `at most ${LIMITS.tagsMax} tags` }]);
    const problems: FieldProblem[] = [];
    const cleaned = labels.map((label, index) => {
      const text = typeof label === 'string' ? tidy(label) : '';
      if (text.length > LIMITS.tagMax) problems.push({ field: `${field}.${index}`, message: `must be at most ${LIMITS.tagMax} characters` });
      else if (!vocabularyKey(text)) problems.push({ field: `${field}.${index}`, message: 'must contain a letter or a digit' });
      return text;
    });
    if (problems.length > 0) throw HubError.invalid(problems);
    return cleaned;
  }

  private async createFromLabel(label: string, key: string): Promise<string> {
    const slug = tagSlug(label);
    const created = await this.tags.create({ slug, label, synonyms: [], terms: tagTerms(slug, label, []) }, null);
    if (created) return created.slug;
    // Someone created it meanwhile; or, rarely, the slug belongs to a tag that no longer has this word.
    const holder = (await this.tags.findByTerms([key]))[0];
    if (holder) return holder.slug;
    const fallback = `${slug}-${randomBytes(2).toString('hex')}`;
    const retried = await this.tags.create({ slug: fallback, label, synonyms: [], terms: tagTerms(fallback, label, []) }, null);
    if (!retried) throw HubError.conflict(`The tag "${label}" could not be created; try again.`);
    return retried.slug;
  }
}
