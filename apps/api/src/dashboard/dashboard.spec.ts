import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';

interface Count {
  keys: string[];
  count: number | null;
  lessThan: number | null;
}
interface DashboardView {
  smallCellK: number;
  questions: Count;
  contributions: Count;
  questionsBySectorAndStatus: Count[];
  contributionsByMonth: Count[];
  medianDaysToFirstContribution: { days: number | null; questions: Count };
  medianDaysToSynthesis: { days: number | null; questions: Count };
  openPastDeadline: Count;
  coverage: Count[];
  contributionsByOrganisationType: Count[];
  activityByGovernorate: Count[];
}

const COUNT = 'keys count lessThan';
const DASHBOARD = `query($filter: DashboardFilterInput) { dashboard(filter: $filter) {
  smallCellK questions { ${COUNT} } contributions { ${COUNT} } questionsBySectorAndStatus { ${COUNT} } contributionsByMonth { ${COUNT} }
  medianDaysToFirstContribution { days questions { ${COUNT} } } medianDaysToSynthesis { days questions { ${COUNT} } }
  openPastDeadline { ${COUNT} } coverage { ${COUNT} } contributionsByOrganisationType { ${COUNT} } activityByGovernorate { ${COUNT} } } }`;

const cell = (cells: Count[], ...keys: string[]) => cells.find((c) => c.keys.join('/') === keys.join('/')) ?? null;

/** Dashboard numbers against the real API and FerretDB: readable content only, small cells suppressed. */
describe('dashboard', () => {
  let hub: TestApp;
  let lead: SignedInUser;
  let analyst: SignedInUser;
  let washMember: SignedInUser;
  const dashboard = async (as: SignedInUser, filter: Record<string, unknown> = {}) => expectData(await as.gql<{ dashboard: DashboardView }>(DASHBOARD, { filter })).dashboard;

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    analyst = await make.user({ roles: ['ANALYST'] });
    washMember = await make.user({ sectors: ['WASH'] });
    const local = await make.user();
    const international = await make.user({ organisation: await make.organisation({ type: 'INTERNATIONAL_NGO' }) });
    const ask = async (sensitivity: string, extra: Record<string, unknown> = {}) =>
      expectData(
        await ops.askQuestion(lead, { title: 'Why do adolescents leave school in Akkar?', body: 'b', purpose: 'To plan catch-up classes.', sectors: ['EDU'], places: ['LB51'], sensitivity, publish: true, ...extra }),
      ).askQuestion.id;
    const open: string[] = [];
    for (let i = 0; i < 6; i++) open.push(await ask('PUBLIC'));
    // Two confidential to the WASH sector, one of them past its deadline; one more public one past its deadline.
    await ask('CONFIDENTIAL', { access: { sectors: ['WASH'] } });
    await ask('CONFIDENTIAL', { access: { sectors: ['WASH'] }, opensAt: '2020-01-01T00:00:00Z', closesAt: '2020-02-01T00:00:00Z' });
    await ask('PUBLIC', { places: ['LB11'], opensAt: '2020-01-01T00:00:00Z', closesAt: '2020-02-01T00:00:00Z' });
    const answer = (by: SignedInUser, questionId: string, anonymous = false) =>
      ops.contribute(by, { questionId, body: 'Boys work in the fields.', places: ['LB51'], evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'PUBLIC', anonymous });
    for (const id of open) expectData(await answer(local, id));
    expectData(await answer(international, open[0], true));
    expectData(await answer(international, open[1]));
  });

  afterAll(async () => {
    await hub.close();
  });

  it('counts only what the viewer may read, and shows small counts as "fewer than k"', async () => {
    const seen = await dashboard(analyst);
    expect(seen.smallCellK).toBe(5);
    expect(seen.questions).toEqual({ keys: [], count: 7, lessThan: null });
    expect(seen.contributions).toEqual({ keys: [], count: 8, lessThan: null });
    expect(cell(seen.questionsBySectorAndStatus, 'EDU', 'OPEN')?.count).toBe(7);
    // Akkar district LB51 lies in governorate LB7; the Beirut question is one question: a small cell.
    expect(cell(seen.coverage, 'LB7', 'EDU')?.count).toBe(6);
    expect(cell(seen.coverage, 'LB1', 'EDU')).toEqual({ keys: ['LB1', 'EDU'], count: null, lessThan: 5 });
    expect(cell(seen.activityByGovernorate, 'LB7')?.count).toBe(14);
    expect(cell(seen.contributionsByOrganisationType, 'NATIONAL_NGO')?.count).toBe(6);
    // Two contributions by international NGOs (one anonymous: its organisation type is what peers see anyway).
    expect(cell(seen.contributionsByOrganisationType, 'INTERNATIONAL_NGO')).toEqual({ keys: ['INTERNATIONAL_NGO'], count: null, lessThan: 5 });
    expect(seen.openPastDeadline).toEqual({ keys: [], count: null, lessThan: 5 });
    const month = new Date().toISOString().slice(0, 7);
    expect(seen.contributionsByMonth).toEqual([{ keys: [month], count: 8, lessThan: null }]);
    expect(seen.medianDaysToFirstContribution.questions.count).toBe(6);
    expect(seen.medianDaysToFirstContribution.days).toBe(0);
    // No synthesis yet: nothing to take a median of.
    expect(seen.medianDaysToSynthesis).toEqual({ days: null, questions: { keys: [], count: 0, lessThan: null } });

    // A member of the WASH sector also counts the two questions confidential to it.
    const wash = await dashboard(washMember);
    expect(wash.questions.count).toBe(9);
    expect(cell(wash.questionsBySectorAndStatus, 'EDU', 'OPEN')?.count).toBe(9);
    expect(cell(wash.coverage, 'LB7', 'EDU')?.count).toBe(8);
  });

  it('filters by place (with what lies inside it), sector, cohort and period', async () => {
    const akkar = await dashboard(analyst, { place: 'LB7' });
    expect(akkar.questions.count).toBe(6);
    expect(akkar.contributions.count).toBe(8);
    expect(akkar.activityByGovernorate.map((c) => c.keys[0])).toEqual(['LB7']);
    const beirut = await dashboard(analyst, { place: 'LB11' });
    expect(beirut.questions).toEqual({ keys: [], count: null, lessThan: 5 });
    expect(beirut.contributions).toEqual({ keys: [], count: 0, lessThan: null });
    const otherSector = await dashboard(analyst, { sectors: ['SHELTER'] });
    expect(otherSector.questions.count).toBe(0);
    expect(otherSector.contributions.count).toBe(0);
    expect((await dashboard(analyst, { cohorts: ['MIG'] })).questions.count).toBe(0);
    const future = await dashboard(analyst, { from: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.questions.count).toBe(0);
    expect(future.contributionsByMonth).toEqual([]);
  });

  it('reflects a new contribution at once on this instance (the cache is per read access and cleared on writes)', async () => {
    const before = (await dashboard(analyst)).contributions.count ?? 0;
    const question = expectData(await ops.questions(lead, { first: 1 })).questions.edges[0].node.id;
    expectData(await ops.contribute(lead, { questionId: question, body: 'More.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'PUBLIC' }));
    expect((await dashboard(analyst)).contributions.count).toBe(before + 1);
  });

  it('refuses anonymous callers and bad filters with typed errors', async () => {
    expect(errorCode(await hub.gql(DASHBOARD, {}))).toBe('UNAUTHENTICATED');
    const bad = await analyst.gql(DASHBOARD, { filter: { sectors: ['NOPE'], place: 'XX9', from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    const fields = (bad.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['filter.place', 'filter.sectors', 'filter.to']);
  });
});
