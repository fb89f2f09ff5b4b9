import { afterEach, describe, expect, it } from '@jest/globals';
import { CHILD_LABOUR_SYNONYMS, CORPUS } from './search-engine.contract-corpus';
import { HighlightedText, SearchDocument, SearchEngine, SearchHit, SearchQuery } from './search-engine.port';

/** Builds a fresh, empty engine (its own index); `dispose` removes whatever it created. */
export interface ContractTarget {
  create: () => Promise<SearchEngine>;
  dispose?: (engine: SearchEngine) => Promise<void>;
  /** Per-test timeout: a remote engine needs more than Jest's default. */
  timeoutMs?: number;
}

const READER = ['public', 'members'];
const EDU_READER = [...READER, 'sector:EDU'];

function ids(hits: SearchHit[]): string[] {
  return hits.map((hit) => hit.id);
}

function highlighted(text: HighlightedText): string[] {
  return text.highlights.map(([start, end]) => text.text.slice(start, end));
}

/**
 * The behaviour every SearchEngine adapter must have. Call inside a describe block; each test
 * builds its own engine and index so tests run in any order.
 */
export function defineSearchEngineContract(target: ContractTarget): void {
  const timeout = target.timeoutMs ?? 20_000;
  const opened: SearchEngine[] = [];

  async function engineWith(documents: SearchDocument[] = CORPUS, synonyms: string[][] = []): Promise<SearchEngine> {
    const engine = await target.create();
    opened.push(engine);
    await engine.configure({ synonyms });
    await engine.upsert(documents);
    return engine;
  }

  async function search(engine: SearchEngine, text: string, extra: Partial<SearchQuery> = {}): Promise<string[]> {
    const result = await engine.search({ text, accessTokens: READER, limit: 100, ...extra });
    return ids(result.hits);
  }

  afterEach(async () => {
    for (const engine of opened.splice(0)) {
      await engine.close();
      await target.dispose?.(engine);
    }
  });

  describe('relevance', () => {
    it('ranks the document holding every query word in its title and body first', async () => {
      const engine = await engineWith();
      const found = await search(engine, 'residency fees');
      expect(found[0]).toBe('contribution:c2');
    }, timeout);

    it('puts title matches of a rare word before body-only matches', async () => {
      const engine = await engineWith();
      const found = await search(engine, 'hospital');
      expect(found.slice(0, 2).sort()).toEqual(['contribution:c14', 'question:health']);
    }, timeout);

    it('finds the synthesis and question on school enrolment first', async () => {
      const engine = await engineWith();
      const found = await search(engine, 'school enrolment child labour');
      expect(found.slice(0, 2).sort()).toEqual(['question:school', 'synthesis:s1']);
    }, timeout);

    it('requires every query word (a word nowhere in the corpus gives no result)', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'hospital zanzibar')).toEqual([]);
    }, timeout);

    it('returns highlights as ranges into the original text, never engine markup', async () => {
      const engine = await engineWith();
      const result = await engine.search({ text: 'evictions', accessTokens: READER });
      const hit = result.hits.find((h) => h.id === 'question:evictions');
      expect(hit).toBeDefined();
      expect(highlighted(hit?.title ?? { text: '', highlights: [] }).map((s) => s.toLowerCase())).toContain('evictions');
      for (const h of result.hits) {
        expect(h.title.text).not.toMatch(/<em>|[\uE000\uE001]/);
        expect(h.snippet.text).not.toMatch(/<em>|[\uE000\uE001]/);
      }
      const c7 = result.hits.find((h) => h.id === 'contribution:c7');
      expect(c7?.snippet.text).toContain('Landlords evicted three families');
    }, timeout);
  });

  describe('typos and prefixes', () => {
    it('tolerates one typo (a transposition) and one missing letter', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'evcitions')).toContain('question:evictions');
      expect(await search(engine, 'residncy')).toContain('question:residency');
    }, timeout);

    it('tolerates two typos in a long word', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'enrollmant')).toContain('question:school');
    }, timeout);

    it('matches the last word as a prefix, from three letters', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'evic')).toContain('question:evictions');
      expect(await search(engine, 'hos')).toEqual(expect.arrayContaining(['question:health', 'contribution:c14']));
      expect(await search(engine, 'legal resid')).toContain('question:residency');
    }, timeout);
  });

  describe('Arabic normalisation', () => {
    it('finds the same documents for أطفال, اطفال, الأطفال and الأَطْفَال', async () => {
      const engine = await engineWith();
      const withHamza = await search(engine, 'أطفال');
      expect(withHamza).toEqual(expect.arrayContaining(['question:ar-children', 'contribution:c10', 'contribution:c11']));
      for (const variant of ['اطفال', 'الأطفال', 'الأَطْفَال']) {
        expect((await search(engine, variant)).sort()).toEqual([...withHamza].sort());
      }
    }, timeout);

    it('folds alef forms, taa marbuta and alef maqsura', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'اقامه')).toContain('contribution:c3');
      expect(await search(engine, 'الاسره')).toContain('contribution:c12');
      expect(await search(engine, 'مستوي')).toContain('contribution:c17');
    }, timeout);

    it('ignores tatweel and reads Arabic-Indic digits as digits', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'عكار')).toContain('contribution:c10');
      expect(await search(engine, 'عكـار')).toContain('contribution:c10');
      expect(await search(engine, '2021')).toContain('contribution:c10');
      expect(await search(engine, '٢٠٢١')).toContain('contribution:c10');
    }, timeout);

    it('highlights the whole original Arabic word', async () => {
      const engine = await engineWith();
      const result = await engine.search({ text: 'اطفال', accessTokens: READER });
      const hit = result.hits.find((h) => h.id === 'question:ar-children');
      expect(highlighted(hit?.title ?? { text: '', highlights: [] })).toContain('الأطفال');
    }, timeout);
  });

  describe('French accents', () => {
    it('folds accents both ways', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'residence')).toContain('contribution:c16');
      expect(await search(engine, 'résidence')).toContain('contribution:c16');
      expect(await search(engine, 'menages')).toContain('contribution:c15');
      expect(await search(engine, 'Bekaa enfants')).toEqual(expect.arrayContaining(['question:fr-enfants', 'contribution:c9']));
    }, timeout);
  });

  describe('synonyms and place aliases', () => {
    it('expands a synonym group across languages', async () => {
      const engine = await engineWith(CORPUS, [CHILD_LABOUR_SYNONYMS]);
      const expected = ['contribution:c5', 'contribution:c6', 'question:fr-enfants', 'question:school'];
      expect(await search(engine, 'travail des enfants')).toEqual(expect.arrayContaining(expected));
      expect(await search(engine, 'عمالة الأطفال')).toEqual(expect.arrayContaining(expected));
      expect(await search(engine, 'child labor')).toEqual(expect.arrayContaining(expected));
    }, timeout);

    it('does not expand without the group', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'travail des enfants')).not.toContain('contribution:c6');
    }, timeout);

    it('finds a place by any of its names', async () => {
      const engine = await engineWith();
      const bySaida = (await search(engine, 'Saida')).sort();
      expect(bySaida).toEqual(expect.arrayContaining(['question:evictions', 'question:fr-expulsions', 'contribution:c18']));
      expect((await search(engine, 'Sidon')).sort()).toEqual(bySaida);
      expect((await search(engine, 'صيدا')).sort()).toEqual(bySaida);
    }, timeout);
  });

  describe('facets, filters, sorts and pages', () => {
    it('counts facet values over the whole filtered result set', async () => {
      const engine = await engineWith();
      const result = await engine.search({ text: '', accessTokens: READER, limit: 1, facets: ['sector', 'kind'] });
      expect(result.total).toBe(29);
      expect(result.facets.sector).toEqual([
        { value: 'BA', count: 8 },
        { value: 'EDU', count: 7 },
        { value: 'PROTECTION', count: 7 },
        { value: 'SHELTER', count: 5 },
        { value: 'HEALTH', count: 2 },
      ]);
      expect(result.facets.kind).toEqual([
        { value: 'contribution', count: 17 },
        { value: 'question', count: 11 },
        { value: 'synthesis', count: 1 },
      ]);
      const north = await engine.search({ text: '', accessTokens: READER, limit: 0, filters: { governorate: ['NORTH'] }, facets: ['sector'] });
      expect(north.total).toBe(7);
      expect(north.facets.sector).toEqual([
        { value: 'EDU', count: 4 },
        { value: 'HEALTH', count: 2 },
        { value: 'BA', count: 1 },
      ]);
    }, timeout);

    it('ORs values within a facet and ANDs facets', async () => {
      const engine = await engineWith();
      const either = await search(engine, '', { filters: { sector: ['HEALTH', 'SHELTER'] } });
      expect(either.sort()).toEqual([
        'contribution:c14', 'contribution:c18', 'contribution:c7', 'contribution:c8',
        'question:evictions', 'question:fr-expulsions', 'question:health',
      ]);
      const both = await search(engine, '', { filters: { sector: ['EDU', 'SHELTER'], governorate: ['NORTH'] } });
      expect(both.sort()).toEqual(['contribution:c5', 'contribution:c6', 'question:school', 'synthesis:s1']);
      // c6 is in Arabic but carries its question's English title.
      expect(await search(engine, 'school', { filters: { sector: ['EDU'], language: ['ar'] } })).toEqual(['contribution:c6']);
      expect(await search(engine, '', { filters: { sector: ['NO_SUCH_SECTOR'] } })).toEqual([]);
    }, timeout);

    it('sorts by newest and by most helpful', async () => {
      const engine = await engineWith();
      const questions = { filters: { kind: ['question'] } };
      expect(await search(engine, '', { ...questions, sort: 'newest' })).toEqual([
        'question:members', 'question:ar-debt', 'question:health', 'question:fr-enfants', 'question:fr-expulsions',
        'question:ar-children', 'question:evictions', 'question:school', 'question:debt', 'question:residency', 'question:smeb',
      ]);
      expect(await search(engine, '', { ...questions, sort: 'mostHelpful' })).toEqual([
        'question:residency', 'question:school', 'question:ar-children', 'question:smeb', 'question:fr-enfants',
        'question:evictions', 'question:ar-debt', 'question:members', 'question:debt', 'question:health', 'question:fr-expulsions',
      ]);
      expect(await search(engine, 'households', { sort: 'mostHelpful', limit: 3 })).toEqual([
        'contribution:c15', 'contribution:c14', 'question:smeb',
      ]);
    }, timeout);

    it('pages with offset and limit and a stable total', async () => {
      const engine = await engineWith();
      const all = await search(engine, '', { sort: 'newest' });
      expect(all).toHaveLength(29);
      const pages: string[] = [];
      for (let offset = 0; offset < 29; offset += 5) {
        const page = await engine.search({ text: '', accessTokens: READER, sort: 'newest', offset, limit: 5 });
        expect(page.total).toBe(29);
        pages.push(...ids(page.hits));
      }
      expect(pages).toEqual(all);
      const odd = await engine.search({ text: '', accessTokens: READER, sort: 'newest', offset: 7, limit: 4 });
      expect(ids(odd.hits)).toEqual(all.slice(7, 11));
      const beyond = await engine.search({ text: '', accessTokens: READER, sort: 'newest', offset: 40, limit: 5 });
      expect(beyond).toMatchObject({ total: 29, hits: [] });
    }, timeout);
  });

  describe('permissions', () => {
    it('never shows a sector:EDU document to a searcher without that token', async () => {
      const engine = await engineWith();
      const secret = ['question:confidential', 'contribution:c13'];
      const result = await engine.search({ text: 'dropouts', accessTokens: READER, facets: ['sector'] });
      expect(result).toMatchObject({ total: 0, hits: [] });
      const browse = await engine.search({ text: '', accessTokens: READER, limit: 100, facets: ['sector'] });
      expect(ids(browse.hits)).not.toEqual(expect.arrayContaining([secret[0]]));
      expect(browse.facets.sector?.find((f) => f.value === 'EDU')?.count).toBe(7);
      expect(ids(await engine.suggest('dropo', READER, 10))).toEqual([]);
      expect(ids(await engine.similarQuestions('School dropouts in Tripoli camps', READER, 10))).not.toContain(secret[0]);
    }, timeout);

    it('shows it to a searcher holding the token', async () => {
      const engine = await engineWith();
      const result = await engine.search({ text: 'dropouts', accessTokens: EDU_READER, facets: ['sector'] });
      expect(ids(result.hits).sort()).toEqual(['contribution:c13', 'question:confidential']);
      expect(result.facets.sector).toEqual([{ value: 'EDU', count: 2 }]);
      const browse = await engine.search({ text: '', accessTokens: EDU_READER, limit: 0, facets: ['sector'] });
      expect(browse.total).toBe(31);
      expect(browse.facets.sector?.find((f) => f.value === 'EDU')?.count).toBe(9);
      expect(ids(await engine.suggest('dropo', EDU_READER, 10))).toEqual(['question:confidential']);
      expect(ids(await engine.similarQuestions('School dropouts in Tripoli camps', EDU_READER, 10))[0]).toBe('question:confidential');
    }, timeout);

    it('returns nothing to a searcher without tokens', async () => {
      const engine = await engineWith();
      expect(await engine.search({ text: '', accessTokens: [] })).toMatchObject({ total: 0, hits: [] });
      expect(await engine.suggest('evic', [], 5)).toEqual([]);
    }, timeout);
  });

  describe('suggestions and similar questions', () => {
    it('suggests question titles from a prefix, with a typo', async () => {
      const engine = await engineWith();
      expect(ids(await engine.suggest('evic', READER, 5))).toEqual(['question:evictions']);
      expect(ids(await engine.suggest('hospital vis', READER, 5))).toEqual(['question:health']);
      expect(ids(await engine.suggest('evcition', READER, 5))).toEqual(['question:evictions']);
      const suggestions = await engine.suggest('why', READER, 3);
      expect(suggestions).toHaveLength(3);
      expect(suggestions.every((hit) => hit.kind === 'question')).toBe(true);
    }, timeout);

    it('finds questions with resembling titles, best first, any word matching', async () => {
      const engine = await engineWith();
      expect(ids(await engine.similarQuestions('Are evictions linked to rising rents?', READER, 5))[0]).toBe('question:evictions');
      expect(ids(await engine.similarQuestions('Tripoli hospital delays', READER, 5))[0]).toBe('question:health');
      const either = ids(await engine.similarQuestions('evictions borrowing', READER, 5));
      expect(either).toEqual(expect.arrayContaining(['question:evictions', 'question:debt']));
      expect(either.every((id) => id.startsWith('question:'))).toBe(true);
    }, timeout);
  });

  describe('writes', () => {
    it('upsert replaces: the new version is found, the old text is gone', async () => {
      const engine = await engineWith();
      const health = CORPUS.find((d) => d.id === 'question:health') as SearchDocument;
      await engine.upsert([{ ...health, version: 2, title: 'Why do households avoid clinics in Tripoli?' }]);
      expect(await search(engine, 'clinics')).toEqual(['question:health']);
      expect(await search(engine, 'hospital')).toEqual(['contribution:c14']);
      expect((await engine.versions()).get('question:health')).toBe(2);
    }, timeout);

    it('still requires every word, and finds the document, after its words were rewritten many times', async () => {
      // A small index whose documents are re-indexed again and again (a question changing status
      // re-indexes its contributions): stale postings must not count towards a word's frequency.
      const first = CORPUS.find((d) => d.id === 'question:health') as SearchDocument;
      const second = CORPUS.find((d) => d.id === 'contribution:c14') as SearchDocument;
      const engine = await engineWith([first, second]);
      for (let version = 2; version <= 8; version++) {
        await engine.upsert([{ ...first, version, body: `${first.body} Zahle rents` }, { ...second, version, body: `${second.body} Zahle` }]);
      }
      expect(await search(engine, 'rents Zahle')).toEqual(['question:health']);
      expect((await search(engine, 'Zahle')).sort()).toEqual(['contribution:c14', 'question:health']);
    }, timeout);

    it('finds a word written after the same misspelt search ran, and counts it in facets', async () => {
      const engine = await engineWith();
      expect(await search(engine, 'zanizbar')).toEqual([]);
      const c14 = CORPUS.find((d) => d.id === 'contribution:c14') as SearchDocument;
      await engine.upsert([{ ...c14, version: 2, body: `${c14.body} Families moved to Zanzibar street.` }]);
      expect(await search(engine, 'zanizbar')).toEqual(['contribution:c14']);
      const result = await engine.search({ text: 'zanizbar', accessTokens: READER, facets: ['sector'] });
      expect(result.facets.sector).toEqual([{ value: c14.facets.sector[0], count: 1 }]);
    }, timeout);

    it('remove takes documents out of results and versions', async () => {
      const engine = await engineWith();
      await engine.remove(['contribution:c14', 'question:health']);
      expect(await search(engine, 'hospital')).toEqual([]);
      const versions = await engine.versions();
      expect(versions.has('contribution:c14')).toBe(false);
      expect(versions.size).toBe(CORPUS.length - 2);
    }, timeout);

    it('versions lists every indexed id with its version', async () => {
      const engine = await engineWith();
      const versions = await engine.versions();
      expect(versions.size).toBe(CORPUS.length);
      expect(versions.get('contribution:c1')).toBe(1);
    }, timeout);

    it('rebuild swaps in a new index without an empty window', async () => {
      const engine = await engineWith();
      const replacement = CORPUS.filter((d) => d.id !== 'contribution:c14').map((d) => ({ ...d, version: 3 }));
      const observedTotals: number[] = [];
      const progress: number[] = [];
      const probe = async (): Promise<void> => {
        observedTotals.push((await engine.search({ text: 'evictions', accessTokens: READER })).total);
      };
      async function* batches(): AsyncIterable<SearchDocument[]> {
        for (let start = 0; start < replacement.length; start += 7) {
          await probe(); // a search between every batch, while the new index is half built
          yield replacement.slice(start, start + 7);
        }
      }
      let done = false;
      const rebuilt = engine.rebuild(batches(), replacement.length, (p) => progress.push(p.indexed)).finally(() => {
        done = true;
      });
      while (!done) {
        await probe();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await rebuilt;
      expect(observedTotals.length).toBeGreaterThanOrEqual(5);
      expect(observedTotals.every((total) => total > 0)).toBe(true);
      expect(progress[progress.length - 1]).toBe(replacement.length);
      const versions = await engine.versions();
      expect(versions.size).toBe(replacement.length);
      expect(versions.get('question:health')).toBe(3);
      expect(await search(engine, 'hospital')).toEqual(['question:health']);
    }, timeout);
  });

  it('reports health', async () => {
    const engine = await engineWith([]);
    expect(await engine.health()).toMatchObject({ ok: true, engine: engine.name });
  }, timeout);
}
