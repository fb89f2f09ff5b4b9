import { randomBytes } from 'node:crypto';
import { makers, SignedInUser } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import type { TagMergedEvent } from './vocabularies.types';
import { VocabulariesService } from './vocabularies.service';
import { errorCode, errorFields, snapshot } from './vocabularies.test-helpers';

const TAG_FIELDS = 'slug label synonyms mergedInto';
const TAGS = `query Tags($query: String, $first: Int, $after: String) { tags(query: $query, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${TAG_FIELDS} } } } }`;
const TAG = `query Tag($slug: String!) { tag(slug: $slug) { ${TAG_FIELDS} } }`;
const CREATE = `mutation Create($input: CreateTagInput!) { createTag(input: $input) { ${TAG_FIELDS} } }`;
const UPDATE = `mutation Update($slug: String!, $input: UpdateTagInput!) { updateTag(slug: $slug, input: $input) { ${TAG_FIELDS} } }`;
const MERGE = `mutation Merge($source: String!, $target: String!) { mergeTags(sourceSlug: $source, targetSlug: $target) { ${TAG_FIELDS} } }`;

interface TagResult {
  slug: string;
  label: string;
  synonyms: string[];
  mergedInto: string | null;
}
interface TagsResult {
  tags: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: TagResult }> };
}

describe('tags: synonyms, find-or-create and merges (over HTTP)', () => {
  let hub: TestApp;
  let moderator: SignedInUser;
  let contributor: SignedInUser;
  let vocabularies: VocabulariesService;
  const word = () => `w${randomBytes(3).toString('hex')}`;

  const createTag = async (label: string, synonyms: string[] = []) => {
    const response = await moderator.gql<{ createTag: TagResult }>(CREATE, { input: { label, synonyms } });
    expect(response.errors).toBeUndefined();
    return response.data?.createTag as TagResult;
  };

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    moderator = await make.user({ roles: ['MODERATOR'] });
    contributor = await make.user({ roles: ['CONTRIBUTOR'] });
    vocabularies = hub.app.get(VocabulariesService);
  });

  afterAll(async () => {
    await hub.close();
  });

  it('has the starter tags, found by a synonym in any language', async () => {
    const { data } = await hub.gql<TagsResult>(TAGS, { query: 'عمالة' });
    expect(data?.tags.edges.map((edge) => edge.node.slug)).toEqual(['child-labour']);
    const byFrench = await hub.gql<TagsResult>(TAGS, { query: 'sejour' });
    expect(byFrench.data?.tags.edges.map((edge) => edge.node.slug)).toEqual(['legal-residency']);
    expect(await vocabularies.normaliseTags(['Child Labor', 'travail des enfants', 'DETTE', 'إخلاء', 'SMEB'])).toEqual(['child-labour', 'debt', 'eviction', 'smeb']);
  });

  it('pages through tags with Relay cursors', async () => {
    const prefix = word();
    for (const suffix of ['a', 'b', 'c']) await createTag(`${prefix} ${suffix}`);
    const first = await hub.gql<TagsResult>(TAGS, { query: prefix, first: 2 });
    expect(first.data?.tags).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await hub.gql<TagsResult>(TAGS, { query: prefix, first: 2, after: first.data?.tags.pageInfo.endCursor });
    expect(second.data?.tags.edges.map((edge) => edge.node.slug)).toEqual([`${prefix}-c`]);
    expect(second.data?.tags.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await hub.gql(TAGS, { after: 'forged' }))).toBe('VALIDATION_FAILED');
  });

  it('finds or creates tags for typed labels, and enforces the limits', async () => {
    const fresh = word();
    const [created] = await vocabularies.normaliseTags([`  ${fresh.toUpperCase()}  Rent `]);
    expect(created).toBe(`${fresh}-rent`);
    expect(await vocabularies.normaliseTags([`${fresh}-rent`, `${fresh} rent`])).toEqual([created]);
    await expect(vocabularies.normaliseTags(Array.from({ length: 21 }, (_, i) => `t${i}`))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(vocabularies.normaliseTags(['ok', 'x'.repeat(61), '!!!'], 'input.tags')).rejects.toMatchObject({
      details: { fields: [expect.objectContaining({ field: 'input.tags.1' }), expect.objectContaining({ field: 'input.tags.2' })] },
    });
    await expect(vocabularies.assertTagSlugs(['debt', 'no-such-tag'], 'key')).rejects.toMatchObject({ details: { fields: [{ field: 'key', message: 'unknown tag no-such-tag' }] } });
  });

  it('lets moderators edit synonyms, and refuses a synonym another tag already has', async () => {
    const tag = await createTag(word(), ['first']);
    const updated = await moderator.gql<{ updateTag: TagResult }>(UPDATE, { slug: tag.slug, input: { synonyms: ['second', 'Second', tag.label] } });
    expect(updated.data?.updateTag.synonyms).toEqual(['second']);
    const before = await snapshot(hub, 'tags');
    expect(errorCode(await moderator.gql(UPDATE, { slug: tag.slug, input: { synonyms: ['child labor'] } }))).toBe('CONFLICT');
    expect(errorCode(await moderator.gql(CREATE, { input: { label: 'Debt' } }))).toBe('CONFLICT');
    expect(await snapshot(hub, 'tags')).toEqual(before);
  });

  it('merges a tag into another: the source records the merge, the target takes its words, content slugs resolve', async () => {
    const target = await createTag(word(), ['target synonym']);
    const source = await createTag(word(), ['source synonym', 'مرادف']);
    const events: TagMergedEvent[] = [];
    const unsubscribe = vocabularies.onTagMerged((event) => {
      events.push(event);
    });
    const merged = await moderator.gql<{ mergeTags: TagResult }>(MERGE, { source: source.slug, target: target.slug });
    unsubscribe();
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeTags.synonyms).toEqual(['target synonym', source.label, 'source synonym', 'مرادف']);
    expect(events).toEqual([expect.objectContaining({ sourceSlug: source.slug, targetSlug: target.slug, mergedBy: moderator.user.id })]);

    const stored = await hub.connection.collection('tags').findOne({ slug: source.slug });
    expect(stored).toMatchObject({ mergedInto: target.slug, mergedBy: moderator.user.id });
    expect((await hub.gql<{ tag: TagResult }>(TAG, { slug: source.slug })).data?.tag.mergedInto).toBe(target.slug);
    const listed = await hub.gql<TagsResult>(TAGS, { query: source.label });
    expect(listed.data?.tags.edges.map((edge) => edge.node.slug)).toEqual([target.slug]);

    expect(await vocabularies.resolveTagSlugs([source.slug, 'debt', target.slug])).toEqual([target.slug, 'debt']);
    expect(await vocabularies.normaliseTags(['مرادف', source.label])).toEqual([target.slug]);

    // Merging the target further: older merges follow, and repeating a merge is harmless.
    const final = await createTag(word());
    await moderator.gql(MERGE, { source: target.slug, target: final.slug });
    expect(await vocabularies.resolveTagSlugs([source.slug])).toEqual([final.slug]);
    expect(errorCode(await moderator.gql(MERGE, { source: source.slug, target: target.slug }))).toBe('CONFLICT');
  });

  it('refuses merges that cannot be, and callers who may not', async () => {
    const a = await createTag(word());
    const b = await createTag(word());
    const before = await snapshot(hub, 'tags');
    expect(errorCode(await moderator.gql(MERGE, { source: a.slug, target: a.slug }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await moderator.gql(MERGE, { source: a.slug, target: 'missing-tag' }))).toBe('NOT_FOUND');
    expect(errorCode(await contributor.gql(MERGE, { source: a.slug, target: b.slug }))).toBe('FORBIDDEN');
    expect(errorCode(await hub.gql(MERGE, { source: a.slug, target: b.slug }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await contributor.gql(CREATE, { input: { label: word() } }))).toBe('FORBIDDEN');
    expect(errorCode(await contributor.gql(UPDATE, { slug: a.slug, input: { label: 'x' } }))).toBe('FORBIDDEN');
    expect(await snapshot(hub, 'tags')).toEqual(before);
  });

  it('validates tag input and changes nothing', async () => {
    const before = await snapshot(hub, 'tags');
    const oversized = await moderator.gql(CREATE, { input: { label: 'x'.repeat(61) } });
    expect(errorCode(oversized)).toBe('VALIDATION_FAILED');
    expect(errorFields(oversized)).toEqual(['input.label']);
    expect(errorCode(await moderator.gql(CREATE, { input: { label: { $gt: '' } } }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await moderator.gql(CREATE, { input: { label: '!!!' } }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await moderator.gql(CREATE, { input: { label: 'ok', synonyms: ['y'.repeat(61)] } }))).toBe('VALIDATION_FAILED');
    expect(await snapshot(hub, 'tags')).toEqual(before);
  });
});
