import { CORPUS } from '../search-engine.contract-corpus';
import { FACETS, SearchDocument, SearchQuery } from '../search-engine.port';
import { EmbeddedSearchEngine } from './embedded-search.engine';

const READER = ['public', 'members'];
const QUERIES: SearchQuery[] = [
  { text: '', accessTokens: READER, facets: [...FACETS], limit: 100 },
  { text: '', accessTokens: READER, facets: ['sector', 'language'], sort: 'newest', limit: 100 },
  { text: '', accessTokens: [...READER, 'sector:EDU'], facets: ['governorate'], sort: 'mostHelpful', limit: 100 },
  { text: 'school', accessTokens: READER, facets: ['sector', 'kind'], filters: { sector: ['EDU'] }, limit: 100 },
  { text: 'residncy', accessTokens: READER, facets: ['year'], limit: 100 },
  { text: 'hos', accessTokens: READER, filters: { governorate: ['NORTH'], kind: ['contribution', 'question'] }, limit: 100 },
];

async function engineWith(documents: SearchDocument[]): Promise<EmbeddedSearchEngine> {
  const engine = new EmbeddedSearchEngine();
  await engine.upsert(documents);
  return engine;
}

describe('EmbeddedSearchEngine after many rewrites', () => {
  it('answers as a fresh index once replaced documents have been compacted away', async () => {
    // One document rewritten 1,100 times: past the 1,000 replaced documents that trigger a
    // compaction, which moves every other document's facet and access codes.
    const health = CORPUS.find((document) => document.id === 'question:health') as SearchDocument;
    const churned = await engineWith(CORPUS);
    for (let version = 2; version <= 1101; version++) await churned.upsert([{ ...health, version, helpfulCount: version }]);
    const fresh = await engineWith(CORPUS);
    await fresh.upsert([{ ...health, version: 1101, helpfulCount: 1101 }]);
    for (const query of QUERIES) expect(await churned.search(query)).toEqual(await fresh.search(query));
  });

  it('counts, filters and sorts by the latest version of a document', async () => {
    const engine = await engineWith(CORPUS);
    const before = await engine.search({ text: '', accessTokens: READER, facets: ['sector'], filters: { kind: ['question'] }, sort: 'mostHelpful', limit: 1 });
    const health = CORPUS.find((document) => document.id === 'question:health') as SearchDocument;
    await engine.upsert([{ ...health, version: 2, helpfulCount: 1000, facets: { ...health.facets, sector: ['EDU'] } }]);
    const after = await engine.search({ text: '', accessTokens: READER, facets: ['sector'], filters: { kind: ['question'] }, sort: 'mostHelpful', limit: 1 });
    expect(after.hits.map((hit) => hit.id)).toEqual(['question:health']);
    const count = (result: typeof before, sector: string) => result.facets.sector?.find((value) => value.value === sector)?.count ?? 0;
    expect(count(after, 'EDU')).toBe(count(before, 'EDU') + 1);
    expect(count(after, 'HEALTH')).toBe(count(before, 'HEALTH') - 1);
    expect((await engine.search({ text: '', accessTokens: READER, filters: { sector: ['HEALTH'], kind: ['question'] } })).hits.map((hit) => hit.id)).not.toContain('question:health');
  });
});
