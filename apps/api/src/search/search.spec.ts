import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { searchOps, searchUntil, uniqueWord, waitForSearchLagZero } from '../testing/search-operations';
import { startTestApp, TestApp } from '../testing/test-app';

/** Search through the GraphQL API, against FerretDB and the embedded engine the app runs. */
describe('search', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let lead: SignedInUser;
  let contributor: SignedInUser;
  let analyst: SignedInUser;
  const anonymous: { gql: SignedInUser['gql'] } = { gql: (query, variables) => hub.gql(query, variables) };

  beforeAll(async () => {
    hub = await startTestApp({ SMALL_CELL_K: '3' });
    make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU', 'WASH'], organisation: await make.organisation({ name: 'UNICEF', type: 'UN_AGENCY' }) });
    contributor = await make.user({ organisation: await make.organisation({ name: 'Akkar Solidarity', type: 'NATIONAL_NGO' }) });
    analyst = await make.user({ roles: ['ANALYST'] });
  });

  afterAll(async () => {
    await hub.close();
  });

  async function ask(fields: Record<string, unknown>, by: SignedInUser = lead) {
    return expectData(
      await ops.askQuestion(by, {
        body: 'VASyR shows a change we cannot explain.',
        purpose: 'To plan the response.',
        sectors: ['EDU'],
        sensitivity: 'PUBLIC',
        publish: true,
        ...fields,
      }),
    ).askQuestion;
  }

  async function contribute(questionId: string, fields: Record<string, unknown>, by: SignedInUser = contributor) {
    return expectData(
      await ops.contribute(by, { questionId, evidenceType: 'DIRECT_OBSERVATION', confidence: 'MEDIUM', language: 'en', sensitivity: 'PUBLIC', ...fields }),
    ).contribute;
  }

  const ids = (results: { hits: Array<{ id: string }> }) => results.hits.map((hit) => hit.id);

  it('finds a new question and contribution once the worker indexed them, with highlights', async () => {
    const word = uniqueWord();
    const question = await ask({ title: `Why are ${word} families leaving school?`, places: ['LB51'], cohorts: ['SYR'] });
    const contribution = await contribute(question.id, { body: `Families told us that ${word} costs keep children at home.`, places: ['LB51'] });
    const results = await searchUntil(anonymous, { text: word }, (r) => r.totalCount === 2);
    expect(ids(results).sort()).toEqual([`contribution:${contribution.id}`, `question:${question.id}`].sort());
    const hit = results.hits.find((h) => h.kind === 'contribution');
    expect(hit?.title.text).toContain(word);
    const [range] = hit?.snippet.highlights ?? [];
    expect(hit?.snippet.text.slice(range.start, range.end).toLowerCase()).toBe(word);
  });

  it('finds Arabic content with another form of the word (الأطفال / أطفال) and by place names in other languages', async () => {
    const word = uniqueWord();
    const question = await ask({ title: `Child labour ${word}`, places: ['LB51'] });
    const contribution = await contribute(question.id, { body: 'قالت الأمهات إن الأطفال يعملون في الزراعة بسبب الديون.', language: 'ar', places: ['LB51'] });
    const arabic = await searchUntil(anonymous, { text: 'أطفال', filters: { languages: ['ar'] } }, (r) => ids(r).includes(`contribution:${contribution.id}`));
    expect(arabic.hits.length).toBeGreaterThan(0);
    // Akkar in Arabic finds content placed in Akkar.
    const byPlace = await searchUntil(anonymous, { text: 'عكار', filters: { kinds: ['QUESTION'] }, sort: 'NEWEST', first: 50 }, (r) => ids(r).includes(`question:${question.id}`));
    expect(byPlace.totalCount).toBeGreaterThan(0);
  });

  it('counts facets, filters by sector and sorts by newest and most helpful', async () => {
    const word = uniqueWord();
    const edu = await ask({ title: `${word} enrolment`, sectors: ['EDU'] });
    const wash = await ask({ title: `${word} water trucking`, sectors: ['WASH'] });
    const first = await contribute(wash.id, { body: `${word} first observation` });
    const second = await contribute(wash.id, { body: `${word} second observation` });
    expectData(await ops.markHelpful(lead, first.id));
    const all = await searchUntil(anonymous, { text: word }, (r) => r.totalCount === 4);
    const sectors = all.facets.find((f) => f.facet === 'sector')?.values ?? [];
    expect(sectors).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'WASH', count: 3 }), expect.objectContaining({ value: 'EDU', count: 1 })]));
    expect(sectors.find((value) => value.value === 'WASH')?.label).toMatch(/water/i);

    const filtered = expectData(await searchOps.search(anonymous, { text: word, filters: { sectors: ['EDU'] } })).search;
    expect(ids(filtered)).toEqual([`question:${edu.id}`]);

    const newest = expectData(await searchOps.search(anonymous, { text: word, sort: 'NEWEST', filters: { kinds: ['CONTRIBUTION'] } })).search;
    expect(ids(newest)).toEqual([`contribution:${second.id}`, `contribution:${first.id}`]);
    // The vote is a write too: wait until it is indexed, then the helpful one comes first.
    const helpful = await searchUntil(anonymous, { text: word, sort: 'MOST_HELPFUL', filters: { kinds: ['CONTRIBUTION'] } }, (r) => r.hits[0]?.id === `contribution:${first.id}`);
    expect(ids(helpful)).toEqual([`contribution:${first.id}`, `contribution:${second.id}`]);

    const page1 = expectData(await searchOps.search(anonymous, { text: word, first: 3 })).search;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = expectData(await searchOps.search(anonymous, { text: word, first: 3, after: page1.pageInfo.endCursor })).search;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...ids(page1), ...ids(page2)]).size).toBe(4);
  });

  it('suppresses small facet cells by place and cohort (small-cell rule)', async () => {
    const word = uniqueWord();
    const question = await ask({ title: `${word} residency`, places: ['LB51'], cohorts: ['SYR'] });
    await contribute(question.id, { body: `${word} a`, places: ['LB51'], cohorts: ['SYR'] });
    await contribute(question.id, { body: `${word} b`, places: ['LB51'], cohorts: ['PRS'] });
    const results = await searchUntil(anonymous, { text: word }, (r) => r.totalCount === 3);
    const district = results.facets.find((f) => f.facet === 'district')?.values.find((v) => v.value === 'LB51');
    expect(district).toMatchObject({ count: 3, lessThan: null });
    const cohorts = results.facets.find((f) => f.facet === 'cohort')?.values ?? [];
    expect(cohorts.find((v) => v.value === 'SYR')).toMatchObject({ count: null, lessThan: 3 });
    expect(cohorts.find((v) => v.value === 'PRS')).toMatchObject({ count: null, lessThan: 3 });
    // Sectors are not people: never suppressed.
    expect(results.facets.find((f) => f.facet === 'sector')?.values.find((v) => v.value === 'EDU')?.count).toBe(3);
  });

  it('offers suggestions and similar questions as someone types', async () => {
    const word = uniqueWord('sug');
    const question = await ask({ title: `How do ${word} households cope with debt?` });
    const suggestions = await waitForValue(async () => expectData(await searchOps.suggestions(anonymous, word.slice(0, 6))).searchSuggestions, (s) => s.some((h) => h.id === `question:${question.id}`));
    expect(suggestions.every((hit) => hit.kind === 'question')).toBe(true);
    const similar = expectData(await searchOps.similarQuestions(anonymous, `${word} households borrowing`)).similarQuestions;
    expect(similar.map((hit) => hit.id)).toContain(`question:${question.id}`);
  });

  it('rejects oversized input with a typed error', async () => {
    expect(errorCode(await searchOps.search(anonymous, { text: 'x'.repeat(201) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await searchOps.search(anonymous, { text: 'x', first: 51 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await searchOps.search(anonymous, { text: 'x', after: 'forged' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await searchOps.suggestions(anonymous, 'y'.repeat(201)))).toBe('VALIDATION_FAILED');
  });

  describe('permissions', () => {
    it('never shows restricted, confidential or strictly confidential content to readers without access', async () => {
      const word = uniqueWord('perm');
      const otherOrg = await make.user({ organisation: await make.organisation({ type: 'INTERNATIONAL_NGO' }) });
      const named = await make.user();
      const restricted = await ask({ title: `${word} restricted question`, sensitivity: 'RESTRICTED' });
      const confidential = await ask({ title: `${word} confidential question`, sensitivity: 'CONFIDENTIAL', access: { organisations: [contributor.user.organisationId], sectors: [], users: [] } });
      const strict = await ask({ title: `${word} strict question`, sensitivity: 'STRICTLY_CONFIDENTIAL', access: { users: [named.user.id], sectors: [], organisations: [] } });
      const draft = await ask({ title: `${word} draft question`, publish: false });
      await contribute(restricted.id, { body: `${word} restricted answer`, sensitivity: 'RESTRICTED' });
      await waitForSearchLagZero(hub);

      const seen = async (as: { gql: SignedInUser['gql'] }) => {
        const results = expectData(await searchOps.search(as, { text: word })).search;
        const facetTotal = results.facets.find((f) => f.facet === 'status')?.values.reduce((sum, v) => sum + (v.count ?? 0), 0);
        const suggestions = expectData(await searchOps.suggestions(as, word)).searchSuggestions;
        const similar = expectData(await searchOps.similarQuestions(as, `${word} question`)).similarQuestions;
        return { total: results.totalCount, facetTotal, hits: ids(results).sort(), suggestions: suggestions.map((h) => h.id).sort(), similar: similar.map((h) => h.id).sort() };
      };
      const none = { total: 0, facetTotal: 0, hits: [], suggestions: [], similar: [] };
      expect(await seen(anonymous)).toEqual(none);
      const member = await seen(otherOrg);
      expect(member.total).toBe(2);
      expect(member.facetTotal).toBe(2);
      expect(member.hits.every((id) => !id.includes(confidential.id) && !id.includes(strict.id) && !id.includes(draft.id))).toBe(true);
      expect(member.suggestions).toEqual([`question:${restricted.id}`]);
      expect(member.similar).toEqual([`question:${restricted.id}`]);
      // Those with access see it.
      expect((await seen(contributor)).hits).toContain(`question:${confidential.id}`);
      expect((await seen(named)).hits).toContain(`question:${strict.id}`);
      expect((await seen(named)).hits).not.toContain(`question:${confidential.id}`);
      // Drafts are indexed for their managers only.
      const forLead = await seen(lead);
      expect(forLead.hits).toEqual(expect.arrayContaining([`question:${draft.id}`, `question:${confidential.id}`, `question:${strict.id}`]));
      expect(forLead.total).toBe(5);
    });

    it('removes a question and its contributions for a reader who lost access when its sensitivity is raised', async () => {
      const word = uniqueWord('raise');
      const question = await ask({ title: `${word} evictions`, sensitivity: 'PUBLIC' });
      const contribution = await contribute(question.id, { body: `${word} rent rises` });
      await searchUntil(anonymous, { text: word }, (r) => r.totalCount === 2);
      expectData(await ops.updateQuestion(lead, { id: question.id, version: question.version, sensitivity: 'CONFIDENTIAL', access: { sectors: ['WASH'], organisations: [], users: [] } }));
      await searchUntil(anonymous, { text: word }, (r) => r.totalCount === 0);
      await searchUntil(analyst, { text: word }, (r) => r.totalCount === 0);
      // The lead still sees both.
      const forLead = await searchUntil(lead, { text: word }, (r) => r.totalCount === 2);
      expect(ids(forLead)).toContain(`contribution:${contribution.id}`);
    });
  });
});

async function waitForValue<T>(probe: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
