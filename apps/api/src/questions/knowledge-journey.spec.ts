import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * The journey the hub exists for, over HTTP against the real database: a sector lead asks →
 * contributors from two organisations answer (one anonymously to peers) → comments and votes →
 * the lead synthesises citing both and closes → an analyst reads it all.
 */
describe('knowledge journey', () => {
  let hub: TestApp;
  let lead: SignedInUser;
  let localNgo: SignedInUser;
  let ingo: SignedInUser;
  let analyst: SignedInUser;
  let questionId: string;
  let anonymousId: string;
  let namedId: string;

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], organisation: await make.organisation({ name: 'UNICEF', type: 'UN_AGENCY' }) });
    localNgo = await make.user({ displayName: 'Rania Haddad', organisation: await make.organisation({ name: 'Akkar Solidarity', type: 'NATIONAL_NGO' }) });
    ingo = await make.user({ displayName: 'Jean Martin', organisation: await make.organisation({ name: 'NRC', type: 'INTERNATIONAL_NGO' }) });
    analyst = await make.user({ roles: ['ANALYST'], organisation: await make.organisation({ name: 'OCHA', type: 'UN_AGENCY' }) });
  });

  afterAll(async () => {
    await hub.close();
  });

  it('a sector lead asks an open research question', async () => {
    const asked = expectData(
      await ops.askQuestion(lead, {
        title: 'Why did child labour rise in Akkar between 2022 and 2023?',
        body: 'VASyR 2023 shows **child labour** rising in Akkar while it fell elsewhere.',
        purpose: 'To adjust the Education sector’s retention programmes before the school year.',
        source: { assessment: 'VASyR', year: 2023, indicator: 'Children 5-17 engaged in child labour', url: 'https://data.unhcr.org/vasyr' },
        sectors: ['EDU'],
        places: ['LB51'],
        cohorts: ['SYR'],
        tags: ['child labour'],
        sensitivity: 'RESTRICTED',
        publish: true,
      }),
    ).askQuestion;
    expect(asked).toMatchObject({ status: 'OPEN', sensitivity: 'RESTRICTED', version: 1 });
    questionId = asked.id;
  });

  it('contributors from two organisations answer, one anonymously to peers', async () => {
    const anonymous = await ops.contribute(localNgo, {
      questionId,
      body: 'في مجموعات النقاش في ببنين، قالت الأمهات إن الأطفال يعملون في الزراعة بسبب الديون.',
      places: ['LB51'],
      cohorts: ['SYR'],
      evidenceType: 'FOCUS_GROUP_DISCUSSION',
      gatheringBasis: 'INFORMED_CONSENT',
      confidence: 'MEDIUM',
      language: 'ar',
      sensitivity: 'RESTRICTED',
      anonymous: true,
      tags: ['child labour', 'debt'],
    });
    anonymousId = expectData(anonymous).contribute.id;

    const missingBasis = await ops.contribute(ingo, {
      questionId,
      body: 'Key informants link the rise to agricultural seasonal work.',
      evidenceType: 'KEY_INFORMANT_INTERVIEW',
      confidence: 'HIGH',
      language: 'en',
      sensitivity: 'RESTRICTED',
    });
    expect(errorCode(missingBasis)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(missingBasis.errors)).toContain('input.gatheringBasis');

    const named = await ops.contribute(ingo, {
      questionId,
      body: 'Key informants link the rise to agricultural seasonal work and school transport costs.',
      places: ['LB51'],
      evidenceType: 'KEY_INFORMANT_INTERVIEW',
      gatheringBasis: 'ANONYMISED_OR_AGGREGATED',
      confidence: 'HIGH',
      language: 'en',
      sensitivity: 'PUBLIC',
    });
    const created = expectData(named).contribute;
    // Never less restricted than its question.
    expect(created.sensitivity).toBe('RESTRICTED');
    namedId = created.id;
  });

  it('peers comment and vote; one vote per person and none on one’s own', async () => {
    expectData(await ops.addComment(ingo, 'CONTRIBUTION', anonymousId, 'Did the mothers mention which crops?'));
    expectData(await ops.addComment(lead, 'QUESTION', questionId, 'Useful for the mid-year review.'));
    expect(errorCode(await ops.addComment(analyst, 'QUESTION', questionId, 'Analysts read only.'))).toBe('FORBIDDEN');
    const first = expectData(await ops.markHelpful(localNgo, namedId)).markHelpful;
    const again = expectData(await ops.markHelpful(localNgo, namedId)).markHelpful;
    expect(first).toEqual({ helpfulCount: 1, viewerFoundHelpful: true });
    expect(again.helpfulCount).toBe(1);
    expect(errorCode(await ops.markHelpful(ingo, namedId))).toBe('FORBIDDEN');
  });

  it('the lead synthesises, citing both contributions, and closes', async () => {
    const before = expectData(await ops.questionPage(lead, questionId)).question;
    const closed = expectData(
      await ops.publishSynthesis(lead, {
        questionId,
        version: before.version,
        body: 'Debt and seasonal agricultural work explain most of the rise; transport costs add to drop-out.',
        citedContributions: [anonymousId, namedId],
        close: true,
      }),
    ).publishSynthesis;
    expect(closed.status).toBe('CLOSED');
  });

  it('an analyst reads it all, without learning who the anonymous contributor is', async () => {
    const page = expectData(await ops.questionPage(analyst, questionId)).question;
    expect(page.status).toBe('CLOSED');
    expect(page.bodyHtml).toContain('<strong>child labour</strong>');
    expect(page.contributionCount).toBe(2);
    const [anonymous, named] = page.contributions.edges.map((e) => e.node);
    expect(anonymous.id).toBe(anonymousId);
    expect(anonymous.author).toEqual({ anonymous: true, organisationType: 'NATIONAL_NGO', governorate: expect.any(String), user: null });
    expect(JSON.stringify(page)).not.toContain('Rania Haddad');
    expect(named.author.user?.displayName).toBe('Jean Martin');
    expect(named.helpfulCount).toBe(1);
    expect(anonymous.comments.map((c) => c.body)).toEqual(['Did the mothers mention which crops?']);
    expect(page.comments.map((c) => c.body)).toEqual(['Useful for the mid-year review.']);
    expect(page.synthesis?.citations.map((c) => c.id).sort()).toEqual([anonymousId, namedId].sort());
    expect(page.viewerCan).toEqual({ edit: false, manage: false, contribute: false, comment: false });
    expect(errorCode(await ops.contribute(analyst, { questionId, body: 'x', evidenceType: 'EXPERT_OPINION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' }))).toBe('FORBIDDEN');
  });

  it('the question’s lead sees who the anonymous contributor is', async () => {
    const page = expectData(await ops.questionPage(lead, questionId)).question;
    expect(page.contributions.edges[0].node.author.user?.displayName).toBe('Rania Haddad');
  });

  it('a restricted question does not exist for anonymous visitors', async () => {
    const response = await ops.questionPage({ gql: (q, v) => hub.gql(q, v) }, questionId);
    expect(errorCode(response)).toBe('NOT_FOUND');
    const list = expectData(await ops.questions({ gql: (q, v) => hub.gql(q, v) })).questions;
    expect(list.totalCount).toBe(0);
  });
});
