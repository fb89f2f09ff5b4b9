/** The engines compared by search-engine-choice.ts, each behind the same small interface. */
import { createRequire } from 'node:module';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { EmbeddedSearchEngine } from '../apps/api/src/search/embedded/embedded-search.engine';
import { TermDictionary } from '../apps/api/src/search/embedded/term-dictionary';
import { allowedTypos, canonicalTerm, canonicalText, tokenize } from '../apps/api/src/search/analysis/tokenizer';
import { SearchDocument, SearchQuery } from '../apps/api/src/search/search-engine.port';

export interface Candidate {
  name: string;
  notes: string;
  build(documents: SearchDocument[]): Promise<void>;
  search(query: SearchQuery): Promise<{ total: number; ids: string[] }>;
  /** Rebuilds over a live index (what a reindex in production does), if the candidate supports it. */
  rebuildLive?(documents: SearchDocument[]): Promise<void>;
  /** Bytes kept outside the JS heap and RSS (an on-disk database), if any. */
  diskBytes?(): number;
}

const LIMIT = 20;
const CANDIDATE_DIR = process.env.SEARCH_CANDIDATES_DIR ?? '/tmp/search-cand';

function readable(document: SearchDocument, query: SearchQuery): boolean {
  if (!document.readableBy.some((token) => query.accessTokens.includes(token))) return false;
  for (const [facet, values] of Object.entries(query.filters ?? {})) {
    if (values && values.length > 0 && !document.facets[facet as keyof SearchDocument['facets']].some((value) => values.includes(value))) return false;
  }
  return true;
}

export function embeddedCandidate(): Candidate {
  const engine = new EmbeddedSearchEngine();
  return {
    name: 'embedded (TypeScript inverted index)',
    notes: 'this repo; typo (1/2) + prefix + synonyms; the twoFilters queries also count 2 facets',
    async build(documents) {
      async function* batches(): AsyncIterable<SearchDocument[]> {
        for (let start = 0; start < documents.length; start += 1000) yield documents.slice(start, start + 1000);
      }
      await engine.rebuild(batches(), documents.length);
    },
    async rebuildLive(documents) {
      await this.build(documents);
    },
    async search(query) {
      const result = await engine.search({ ...query, limit: LIMIT, facets: query.filters ? ['sector', 'governorate'] : undefined });
      return { total: result.total, ids: result.hits.map((hit) => hit.id) };
    },
  };
}

interface MiniSearchResult {
  id: number;
  score: number;
}
interface MiniSearchLike {
  addAll(documents: object[]): void;
  search(text: string, options: object): MiniSearchResult[];
}
type MiniSearchConstructor = new (options: object) => MiniSearchLike;

export function miniSearchCandidate(): Candidate | null {
  const manifest = join(CANDIDATE_DIR, 'package.json');
  if (!existsSync(join(CANDIDATE_DIR, 'node_modules/minisearch'))) return null;
  const loaded = createRequire(manifest)('minisearch') as { default?: MiniSearchConstructor } & MiniSearchConstructor;
  const MiniSearch = loaded.default ?? loaded;
  let documents: SearchDocument[] = [];
  const index = new MiniSearch({
    fields: ['title', 'tags', 'places', 'body'],
    idField: 'n',
    tokenize: (text: string) => tokenize(text).map((token) => token.term),
    processTerm: (term: string) => term || null,
    searchOptions: { processTerm: (term: string) => canonicalTerm(term) || null },
  });
  return {
    name: 'MiniSearch 7.2.0',
    notes: 'same tokenizer/normalisation; fuzzy = 1 typo from 5 letters, 2 from 9; prefix on last word; AND',
    async build(all) {
      documents = all;
      index.addAll(all.map((d, n) => ({ n, title: d.title, tags: d.tags.join(' '), places: d.placeNames.join(' '), body: d.body })));
    },
    async search(query) {
      const results = index.search(query.text, {
        combineWith: 'AND',
        prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
        fuzzy: (term: string) => allowedTypos(term),
        boost: { title: 6, tags: 3, places: 3 },
        filter: (result: MiniSearchResult) => readable(documents[result.id], query),
      });
      return { total: results.length, ids: results.slice(0, LIMIT).map((r) => documents[r.id].id) };
    },
  };
}

export function sqliteCandidate(): Candidate {
  const file = '/tmp/search-engine-choice.sqlite';
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const db = new DatabaseSync(file);
  db.exec(`PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;
    CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT, readable TEXT, sector TEXT, governorate TEXT);
    CREATE VIRTUAL TABLE fts USING fts5(title, tags, places, body, tokenize='unicode61 remove_diacritics 2', prefix='2 3');
    CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, row);`);
  const dictionary = new TermDictionary();
  const quoteTerm = (term: string): string => `"${term.replace(/"/g, '""')}"`;
  const matchExpression = (text: string): string => {
    const terms = tokenize(text).map((token) => token.term);
    return terms
      .map((term, i) => {
        const last = i === terms.length - 1;
        const options = [last ? `${quoteTerm(term)}*` : quoteTerm(term)];
        for (const candidate of dictionary.typoCandidates(term, allowedTypos(term), last).slice(0, 20)) options.push(quoteTerm(dictionary.term(candidate.termId)));
        return `(${options.join(' OR ')})`;
      })
      .join(' AND ');
  };
  return {
    name: 'SQLite FTS5 (node:sqlite, on disk)',
    notes: 'built-in node:sqlite has FTS5; bm25 column weights; prefix index 2,3; typo candidates from fts5vocab through the same bigram dictionary',
    async build(documents) {
      const insertMeta = db.prepare('INSERT INTO meta(rowid, id, readable, sector, governorate) VALUES (?, ?, ?, ?, ?)');
      const insertText = db.prepare('INSERT INTO fts(rowid, title, tags, places, body) VALUES (?, ?, ?, ?, ?)');
      db.exec('BEGIN');
      documents.forEach((d, n) => {
        insertMeta.run(n + 1, d.id, d.readableBy[0], d.facets.sector[0], d.facets.governorate[0]);
        insertText.run(n + 1, canonicalText(d.title), canonicalText(d.tags.join(' ')), canonicalText(d.placeNames.join(' ')), canonicalText(d.body));
      });
      db.exec('COMMIT');
      db.exec("INSERT INTO fts(fts) VALUES('optimize')");
      for (const row of db.prepare('SELECT term FROM vocab').all()) dictionary.intern(String(row.term));
    },
    async search(query) {
      const where = ['fts MATCH ?', `m.readable IN (${query.accessTokens.map(() => '?').join(',')})`];
      const params: string[] = [matchExpression(query.text), ...query.accessTokens];
      for (const facet of ['sector', 'governorate'] as const) {
        const values = query.filters?.[facet];
        if (values?.length) {
          where.push(`m.${facet} IN (${values.map(() => '?').join(',')})`);
          params.push(...values);
        }
      }
      const from = `FROM fts JOIN meta m ON m.rowid = fts.rowid WHERE ${where.join(' AND ')}`;
      const top = db.prepare(`SELECT m.id AS id, bm25(fts, 6.0, 3.0, 3.0, 1.0) AS score ${from} ORDER BY score LIMIT ${LIMIT}`).all(...params);
      const count = db.prepare(`SELECT count(*) AS total ${from}`).get(...params);
      return { total: Number(count?.total ?? 0), ids: top.map((row) => String(row.id)) };
    },
    diskBytes: () => statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0),
  };
}
