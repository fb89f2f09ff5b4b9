import { makers, SignedInUser } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import { VocabulariesService } from './vocabularies.service';
import { errorCode, errorFields, snapshot } from './vocabularies.test-helpers';

const SECTOR_FIELDS = 'code parentCode names { en ar fr } aliases name(language: ar) subSectors { code name(language: fr) }';
const CREATE_SECTOR = `mutation Create($input: CreateSectorInput!) { createSector(input: $input) { ${SECTOR_FIELDS} } }`;
const UPDATE_SECTOR = `mutation Update($code: String!, $input: UpdateSectorInput!) { updateSector(code: $code, input: $input) { ${SECTOR_FIELDS} } }`;
const CREATE_COHORT = `mutation Create($input: CreateCohortInput!) { createCohort(input: $input) { code names { en ar fr } aliases } }`;
const UPDATE_COHORT = `mutation Update($code: String!, $input: UpdateCohortInput!) { updateCohort(code: $code, input: $input) { code names { en ar fr } } }`;
const UPDATE_EVIDENCE = `mutation Update($code: String!, $input: UpdateLabelsInput!) { updateEvidenceTypeLabels(code: $code, input: $input) { code names { en ar fr } } }`;

describe('sectors, cohorts and labels (over HTTP)', () => {
  let hub: TestApp;
  let admin: SignedInUser;
  let moderator: SignedInUser;
  let counter = 0;
  const code = (prefix: string) => `${prefix}-${++counter}`;
  const names = (en: string) => ({ en, ar: `${en} ar`, fr: `${en} fr` });

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    moderator = await make.user({ roles: ['MODERATOR'] });
  });

  afterAll(async () => {
    await hub.close();
  });

  it('serves sectors, cohorts, evidence and organisation types in three languages', async () => {
    const { data, errors } = await hub.gql<{
      sector: { name: string; subSectors: Array<{ code: string; name: string }> };
      cohorts: Array<{ code: string; ar: string }>;
      evidenceTypes: Array<{ code: string; names: { en: string; ar: string; fr: string } }>;
      organisationTypes: Array<{ code: string; fr: string }>;
    }>(
      `{ sector(code: "PROT") { name(language: ar) subSectors { code name(language: fr) } }
         cohorts { code ar: name(language: ar) }
         evidenceTypes { code names { en ar fr } }
         organisationTypes { code fr: name(language: fr) } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.sector).toEqual({
      name: 'الحماية',
      subSectors: [
        { code: 'PROT-CP', name: 'Protection de l’enfance' },
        { code: 'PROT-GBV', name: 'Violences basées sur le genre' },
      ],
    });
    expect(data?.cohorts.find((cohort) => cohort.code === 'PRS')?.ar).toBe('اللاجئون الفلسطينيون من سوريا');
    expect(data?.evidenceTypes).toHaveLength(7);
    expect(data?.evidenceTypes[0]).toEqual({ code: 'DIRECT_OBSERVATION', names: { en: 'Direct observation', ar: 'ملاحظة مباشرة', fr: 'Observation directe' } });
    expect(data?.organisationTypes.map((type) => type.code)).toEqual(['UN_AGENCY', 'INTERNATIONAL_NGO', 'NATIONAL_NGO', 'GOVERNMENT', 'ACADEMIA', 'DONOR', 'OTHER']);
  });

  it('lets an admin create and edit sectors, sub-sectors and cohorts', async () => {
    const parent = code('NEW');
    const created = await admin.gql(CREATE_SECTOR, { input: { code: parent, names: names('Cash'), aliases: ['MPCA', 'mpca'] } });
    expect(created.data?.['createSector']).toMatchObject({ code: parent, parentCode: null, aliases: ['MPCA'], name: 'Cash ar' });
    const child = code('SUB');
    await admin.gql(CREATE_SECTOR, { input: { code: child, parentCode: parent, names: names('Cash for rent') } });
    const renamed = await admin.gql(UPDATE_SECTOR, { code: parent, input: { names: { ar: 'النقد' } } });
    expect(renamed.data?.['updateSector']).toMatchObject({
      names: { en: 'Cash', ar: 'النقد', fr: 'Cash fr' },
      subSectors: [{ code: child, name: 'Cash for rent fr' }],
    });
    const cohort = code('COH');
    await admin.gql(CREATE_COHORT, { input: { code: cohort, names: names('Iraqi refugees') } });
    const edited = await admin.gql(UPDATE_COHORT, { code: cohort, input: { names: { fr: 'Réfugiés irakiens' } } });
    expect(edited.data?.['updateCohort']).toMatchObject({ names: { en: 'Iraqi refugees', fr: 'Réfugiés irakiens' } });
    const labels = await admin.gql(UPDATE_EVIDENCE, { code: 'EXPERT_OPINION', input: { names: { en: 'Expert judgement' } } });
    expect(labels.data?.['updateEvidenceTypeLabels']).toMatchObject({ names: { en: 'Expert judgement', fr: 'Avis d’expert' } });

    const vocabularies = hub.app.get(VocabulariesService);
    await expect(vocabularies.assertSectorCodes([parent, child, 'EDU'], 'input.sectors')).resolves.toBeUndefined();
    await expect(vocabularies.assertSectorCodes(['EDU', 'NOPE'], 'input.sectors')).rejects.toMatchObject({
      details: { fields: [{ field: 'input.sectors', message: 'unknown sector code: NOPE' }] },
    });
    await expect(vocabularies.assertCohortCodes([cohort, 'SYR', 'XYZ'], 'input.cohorts')).rejects.toMatchObject({
      details: { fields: [{ field: 'input.cohorts', message: 'unknown cohort code: XYZ' }] },
    });
  });

  it('refuses sector and cohort edits to moderators, contributors and anonymous callers', async () => {
    const contributor = await makers(hub).user();
    const before = await Promise.all([snapshot(hub, 'sectors'), snapshot(hub, 'cohorts')]);
    const input = { code: code('NO'), names: names('Nope') };
    expect(errorCode(await moderator.gql(CREATE_SECTOR, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await contributor.gql(CREATE_COHORT, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await hub.gql(UPDATE_SECTOR, { code: 'EDU', input: { names: { en: 'x' } } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await contributor.gql(UPDATE_EVIDENCE, { code: 'EXPERT_OPINION', input: { names: { en: 'x' } } }))).toBe('FORBIDDEN');
    expect(await Promise.all([snapshot(hub, 'sectors'), snapshot(hub, 'cohorts')])).toEqual(before);
  });

  it('refuses bad sector input with typed errors and changes nothing', async () => {
    const before = await snapshot(hub, 'sectors');
    const cases: Array<[string, Record<string, unknown>, string, string[]]> = [
      [CREATE_SECTOR, { input: { code: 'EDU', names: names('Again') } }, 'CONFLICT', []],
      [CREATE_SECTOR, { input: { code: code('X'), parentCode: 'NOPE', names: names('Orphan') } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [CREATE_SECTOR, { input: { code: code('X'), parentCode: 'PROT-CP', names: names('Too deep') } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [CREATE_SECTOR, { input: { code: code('X'), names: { ...names('x'), fr: 'f'.repeat(121) } } }, 'VALIDATION_FAILED', ['input.names.fr']],
      [CREATE_SECTOR, { input: { code: { $gt: '' }, names: names('Injected') } }, 'VALIDATION_FAILED', []],
      [UPDATE_SECTOR, { code: 'PROT', input: { parentCode: 'EDU' } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [UPDATE_SECTOR, { code: 'EDU', input: { parentCode: 'EDU' } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [UPDATE_SECTOR, { code: 'NOPE', input: { names: { en: 'x' } } }, 'NOT_FOUND', []],
    ];
    for (const [operation, variables, expected, fields] of cases) {
      const response = await admin.gql(operation, variables);
      expect({ variables, code: errorCode(response) }).toEqual({ variables, code: expected });
      expect(errorFields(response)).toEqual(expect.arrayContaining(fields));
    }
    expect(await snapshot(hub, 'sectors')).toEqual(before);
  });
});
