import { LIMITS } from '@hub/domain';
import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';

/** Bad input gets a typed error and changes nothing: each case checks the database after. */
describe('bad input to questions and contributions', () => {
  let hub: TestApp;
  let lead: SignedInUser;
  let contributor: SignedInUser;
  let outsider: SignedInUser;
  let questionId: string;
  let confidentialId: string;

  const valid = {
    title: 'How do coping strategies of female-headed households differ?',
    body: 'VASyR shows different coping.',
    purpose: 'To shape protection case management.',
    sectors: ['PROT'],
    sensitivity: 'RESTRICTED',
    publish: true,
  };

  async function counts() {
    const db = hub.connection.db;
    if (!db) throw new Error('no database');
    const [questions, contributions, comments] = await Promise.all(
      ['questions', 'contributions', 'comments'].map((name) => db.collection(name).countDocuments()),
    );
    return { questions, contributions, comments };
  }

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['PROT'] });
    contributor = await make.user();
    outsider = await make.user();
    questionId = expectData(await ops.askQuestion(lead, valid)).askQuestion.id;
    confidentialId = expectData(
      await ops.askQuestion(lead, { ...valid, title: 'A confidential question about GBV referrals', sensitivity: 'CONFIDENTIAL', access: { sectors: ['PROT-GBV'] } }),
    ).askQuestion.id;
  });

  afterAll(async () => {
    await hub.close();
  });

  const cases: Array<[string, () => Promise<{ errors?: unknown[] }>, string]> = [
    ['an oversized title', () => ops.askQuestion(lead, { ...valid, title: 'x'.repeat(LIMITS.titleMax + 1) }), 'VALIDATION_FAILED'],
    ['an oversized body', () => ops.askQuestion(lead, { ...valid, body: 'x'.repeat(LIMITS.bodyMax + 1) }), 'VALIDATION_FAILED'],
    ['an unknown sector', () => ops.askQuestion(lead, { ...valid, sectors: ['PROT', 'NOT-A-SECTOR'] }), 'VALIDATION_FAILED'],
    ['an unknown place', () => ops.askQuestion(lead, { ...valid, places: ['LB99'] }), 'VALIDATION_FAILED'],
    ['a wrong type', () => ops.askQuestion(lead, { ...valid, sectors: 'PROT' as unknown as string[], sensitivity: 7 as unknown as string }), 'VALIDATION_FAILED'],
    ['an operator instead of a value', () => ops.askQuestion(lead, { ...valid, title: { $gt: '' } as unknown as string }), 'VALIDATION_FAILED'],
    ['confidential without readers', () => ops.askQuestion(lead, { ...valid, sensitivity: 'CONFIDENTIAL' }), 'VALIDATION_FAILED'],
    ['a window that closes before it opens', () => ops.askQuestion(lead, { ...valid, opensAt: '2026-03-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' }), 'VALIDATION_FAILED'],
    ['an unknown question id', () => ops.contribute(contributor, { questionId: '0123456789abcdef01234567', body: 'x', evidenceType: 'EXPERT_OPINION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' }), 'NOT_FOUND'],
    ['a malformed id', () => ops.contribute(contributor, { questionId: 'not-an-id', body: 'x', evidenceType: 'EXPERT_OPINION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' }), 'VALIDATION_FAILED'],
    ['the id of a question the caller may not see', () => ops.contribute(outsider, { questionId: confidentialId, body: 'x', evidenceType: 'EXPERT_OPINION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' }), 'NOT_FOUND'],
    ['a comment on content the caller may not see', () => ops.addComment(outsider, 'QUESTION', confidentialId, 'hello'), 'NOT_FOUND'],
    ['an oversized comment', () => ops.addComment(contributor, 'QUESTION', questionId, 'x'.repeat(LIMITS.commentMax + 1)), 'VALIDATION_FAILED'],
    ['a forged cursor', () => ops.questions(contributor, { after: 'eyJub3QiOiJhIGN1cnNvciJ9' }), 'VALIDATION_FAILED'],
    ['a cursor with an operator inside', () => ops.questions(contributor, { after: Buffer.from(JSON.stringify([{ $gt: 0 }, 'x'])).toString('base64url') }), 'VALIDATION_FAILED'],
    ['a stale version', () => ops.updateQuestion(lead, { id: questionId, version: 99, title: 'A new title that is long enough' }), 'CONFLICT'],
  ];

  it.each(cases)('rejects %s with a typed error and changes nothing', async (_name, attempt, code) => {
    const before = await counts();
    const beforePage = expectData(await ops.questionPage(lead, questionId)).question;
    const response = await attempt();
    expect(errorCode(response as never)).toBe(code);
    expect(await counts()).toEqual(before);
    const afterPage = expectData(await ops.questionPage(lead, questionId)).question;
    expect(afterPage.version).toBe(beforePage.version);
    expect(afterPage.title).toBe(beforePage.title);
  });

  it('names the failing fields', async () => {
    const response = await ops.askQuestion(lead, { ...valid, title: 'short', purpose: '' });
    const fields = (response.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.title', 'input.purpose']));
  });

  it('does not reveal that an unreadable question exists', async () => {
    const hidden = await ops.questionPage(outsider, confidentialId);
    const missing = await ops.questionPage(outsider, '0123456789abcdef01234567');
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
  });
});
