import { buildFilter, quote } from './filter';
import { highlightOriginal, markedWordIndexes, snippetOfOriginal } from './formatted';
import { indexSettings } from './index-settings';
import { primaryKey, toMeiliDocument } from './meili-document';
import { SynonymTable } from '../analysis/synonyms';
import { CORPUS } from '../search-engine.contract-corpus';

describe('Meilisearch mapping', () => {
  it('builds the permission and facet filter with escaped values', () => {
    expect(quote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(buildFilter(['public', 'sector:EDU'], { sector: ['EDU', 'BA'], governorate: [], year: ['2021'] }, ['kind = "question"'])).toBe(
      '(readableBy IN ["public", "sector:EDU"]) AND (kind = "question") AND (f_sector IN ["EDU", "BA"]) AND (f_year IN ["2021"])',
    );
  });

  it('stores canonical copies next to the originals, with a key Meilisearch accepts', () => {
    const c10 = CORPUS.find((d) => d.id === 'contribution:c10');
    if (!c10) throw new Error('fixture missing');
    const stored = toMeiliDocument(c10);
    expect(stored.pk).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(stored.pk, 'base64url').toString()).toBe('contribution:c10');
    expect(primaryKey('question:1')).not.toContain(':');
    expect(stored.body).toBe(c10.body);
    expect(stored.body_n.split(' ').slice(0, 2)).toEqual(['اطفال', 'يعملون']);
    expect(stored.body_n).toContain('عكار منذ 2021');
    expect(stored.f_sector).toEqual(['EDU']);
  });

  it('moves engine highlights onto the original words', () => {
    const title = 'Les enfants travaillent à Saïda';
    // Canonical copy: "les enfants travaillent a saida"; the engine marked the 2nd and 5th words.
    const formatted = 'les \uE000enfants\uE001 travaillent a \uE000sai\uE001da';
    expect([...markedWordIndexes(formatted)]).toEqual([1, 4]);
    const highlighted = highlightOriginal(title, formatted);
    expect(highlighted.highlights.map(([s, e]) => title.slice(s, e))).toEqual(['enfants', 'Saïda']);
    const arabic = 'لماذا يعمل الأطفال';
    expect(highlightOriginal(arabic, 'لماذا يعمل \uE000اطفال\uE001').highlights.map(([s, e]) => arabic.slice(s, e))).toEqual(['الأطفال']);
    expect(snippetOfOriginal('', undefined)).toEqual({ text: '', highlights: [] });
  });

  it('turns synonym groups into canonical, symmetric settings', () => {
    const settings = indexSettings(new SynonymTable([['child labour', 'عمالة الأطفال', 'travail des enfants']]), 1000);
    expect(settings.synonyms).toEqual({
      'child labour': ['travail des enfants', 'عماله اطفال'],
      'travail des enfants': ['child labour', 'عماله اطفال'],
      'عماله اطفال': ['child labour', 'travail des enfants'],
    });
    expect(settings.rankingRules?.[0]).toBe('sort');
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['readableBy', 'kind', 'f_sector', 'f_language']));
  });
});
