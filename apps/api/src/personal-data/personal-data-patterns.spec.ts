import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';
import { checkPattern } from './regex-safety';

const FIELDS = 'id name pattern caseInsensitive label { en ar fr } enabled version';
const CREATE = `mutation($input: PersonalDataPatternInput!) { createPersonalDataPattern(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonalDataPatternInput!) { updatePersonalDataPattern(input: $input) { ${FIELDS} } }`;
const TEST = 'query($input: TestPersonalDataPatternInput!) { testPersonalDataPattern(input: $input) { valid problem { code message } matches { start end text } } }';
const LABEL = { en: 'WFP card number', ar: 'رقم بطاقة البرنامج', fr: 'numéro de carte PAM' };

interface Pattern {
  id: string;
  name: string;
  pattern: string;
  enabled: boolean;
  version: number;
}

describe('regex safety', () => {
  it.each(['(a|aa)+$', '(\\d|\\d\\d)+x', '\\d+\\d+\\d+x'])('refuses %s, which backtracks catastrophically on long input', (pattern) => {
    expect(checkPattern(pattern, false)).toMatchObject({ valid: false, code: 'SLOW' });
  });

  it.each([
    ['(\\w+\\s?)*$', 'NESTED_QUANTIFIER'],
    ['(unclosed', 'SYNTAX'],
    ['x*', 'MATCHES_EMPTY'],
  ])('refuses %s (%s)', (pattern, code) => {
    expect(checkPattern(pattern, false)).toMatchObject({ valid: false, code });
  });

  it.each(['\\bWFP-\\d{6}\\b', 'card\\s*\\d{4}[ -]?\\d{4}', '\\b[A-Z]{2,4}-\\d{5}\\b'])('accepts %s', (pattern) => {
    expect(checkPattern(pattern, true).valid).toBe(true);
  });
});

/** Admin-configured personal-data patterns: managed by platform admins, applied by the guard at once. */
describe('personal-data patterns', () => {
  let hub: TestApp;
  let admin: SignedInUser;
  let moderator: SignedInUser;
  let lead: SignedInUser;
  let contributor: SignedInUser;
  let questionId: string;

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    moderator = await make.user({ roles: ['MODERATOR'] });
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['FSA'] });
    contributor = await make.user();
    questionId = expectData(
      await ops.askQuestion(lead, { title: 'Who are households borrowing from, and why?', body: 'Debt rises.', purpose: 'To adjust cash assistance.', sectors: ['FSA'], sensitivity: 'RESTRICTED', publish: true }),
    ).askQuestion.id;
  });

  afterAll(async () => {
    await hub.close();
  });

  const contribute = (body: string) => ops.contribute(contributor, { questionId, body, evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' });

  it('applies a new pattern to the next write, with its label in every language, and stops applying it once disabled', async () => {
    const body = 'The shop accepts card wfp-482913 on credit.';
    expectData(await contribute('The shop accepts cards on credit.'));
    const created = expectData(await admin.gql<{ createPersonalDataPattern: Pattern }>(CREATE, { input: { name: 'WFP card', pattern: '\\bWFP-\\d{6}\\b', caseInsensitive: true, label: LABEL } })).createPersonalDataPattern;
    expect(created).toMatchObject({ name: 'WFP card', enabled: true, version: 1 });

    const stopped = await contribute(body);
    expect(errorCode(stopped)).toBe('VALIDATION_FAILED');
    expect(stopped.errors?.[0]?.extensions?.['personalData']).toEqual([
      { field: 'input.body', kind: 'CUSTOM', start: body.indexOf('wfp'), end: body.indexOf('wfp') + 'wfp-482913'.length, patternId: created.id, label: LABEL },
    ]);
    // Arabic-Indic digits are folded before matching, like the built-in kinds.
    expect(errorCode(await contribute('البطاقة WFP-٤٨٢٩١٣ مع التاجر'))).toBe('VALIDATION_FAILED');

    const disabled = expectData(await admin.gql<{ updatePersonalDataPattern: Pattern }>(UPDATE, { input: { id: created.id, version: created.version, enabled: false } })).updatePersonalDataPattern;
    expect(disabled).toMatchObject({ enabled: false, version: 2 });
    expectData(await contribute(body));

    const listed = expectData(await admin.gql<{ personalDataPatterns: Pattern[] }>(`{ personalDataPatterns { ${FIELDS} } }`)).personalDataPatterns;
    expect(listed.map((p) => [p.name, p.enabled])).toContainEqual(['WFP card', false]);
    // A stale version is a conflict, not a lost update.
    expect(errorCode(await admin.gql(UPDATE, { input: { id: created.id, version: 1, enabled: true } }))).toBe('CONFLICT');
  });

  it('refuses invalid and catastrophic patterns, and duplicate names, with typed errors that change nothing', async () => {
    const before = await hub.connection.db?.collection('personal_data_patterns').countDocuments();
    for (const pattern of ['(unclosed', '(a|aa)+$', '(\\d+)+$', 'x*']) {
      const response = await admin.gql(CREATE, { input: { name: `Bad ${pattern}`, pattern, label: LABEL } });
      expect(errorCode(response)).toBe('VALIDATION_FAILED');
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'input.pattern' })]);
    }
    expect(errorCode(await admin.gql(CREATE, { input: { name: 'No label', pattern: '\\bX-\\d{4}\\b', label: { ...LABEL, ar: ' ' } } }))).toBe('VALIDATION_FAILED');
    expectData(await admin.gql(CREATE, { input: { name: 'Twice', pattern: '\\bTW-\\d{4}\\b', label: LABEL, enabled: false } }));
    expect(errorCode(await admin.gql(CREATE, { input: { name: 'Twice', pattern: '\\bTW-\\d{5}\\b', label: LABEL } }))).toBe('VALIDATION_FAILED');
    expect(await hub.connection.db?.collection('personal_data_patterns').countDocuments()).toBe((before ?? 0) + 1);
  });

  it('tries a pattern on sample text without saving it', async () => {
    const result = expectData(
      await admin.gql<{ testPersonalDataPattern: { valid: boolean; matches: Array<{ start: number; end: number; text: string }> } }>(TEST, { input: { pattern: '\\bMS-\\d{5}\\b', sample: 'Cards MS-12345 and MS-١٢٣٤٥, not MS-123.' } }),
    ).testPersonalDataPattern;
    expect(result).toEqual({ valid: true, problem: null, matches: [{ start: 6, end: 14, text: 'MS-12345' }, { start: 19, end: 27, text: 'MS-١٢٣٤٥' }] });
    const slow = expectData(await admin.gql<{ testPersonalDataPattern: { valid: boolean; problem: { code: string } } }>(TEST, { input: { pattern: '(a|aa)+$', sample: 'aaa' } })).testPersonalDataPattern;
    expect(slow).toMatchObject({ valid: false, problem: { code: 'SLOW' } });
  });

  it('is for platform admins only, and every change is audited', async () => {
    for (const user of [moderator, lead, contributor]) {
      expect(errorCode(await user.gql(`{ personalDataPatterns { id } }`))).toBe('FORBIDDEN');
      expect(errorCode(await user.gql(TEST, { input: { pattern: 'x', sample: 'x' } }))).toBe('FORBIDDEN');
    }
    const audit = expectData(
      await admin.gql<{ auditLog: { edges: Array<{ node: { targetType: string; details: string } }> } }>('{ auditLog(filter: { actions: [PERSONAL_DATA_PATTERN_CHANGED] }, first: 50) { edges { node { targetType details } } } }'),
    ).auditLog.edges.map((e) => ({ targetType: e.node.targetType, ...(JSON.parse(e.node.details) as Record<string, unknown>) }));
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ targetType: 'PERSONAL_DATA_PATTERN', change: 'CREATED', name: 'WFP card', enabled: true }),
        expect.objectContaining({ targetType: 'PERSONAL_DATA_PATTERN', change: 'UPDATED', name: 'WFP card', fields: ['enabled'], enabled: false }),
      ]),
    );
  });
});
