import { makers, SignedInUser } from '../testing/make';
import { startTestApp, TestApp } from '../testing/test-app';
import { errorCode, errorFields, snapshot } from './vocabularies.test-helpers';
import { VocabulariesService } from './vocabularies.service';

const PLACE_FIELDS = 'code parentCode level names { en ar fr } aliases ancestorCodes ancestors { code name } displayName';
const SEARCH = `query Search($query: String!, $limit: Int) { searchPlaces(query: $query, limit: $limit) { ${PLACE_FIELDS} arabic: displayName(language: ar) } }`;
const PLACES = `query Places($parentCode: String, $level: PlaceLevel) { places(parentCode: $parentCode, level: $level) { code } }`;
const PLACE = `query Place($code: String!) { place(code: $code) { ${PLACE_FIELDS} arabic: name(language: ar) french: displayName(language: fr) } }`;
const CREATE = `mutation Create($input: CreatePlaceInput!) { createPlace(input: $input) { ${PLACE_FIELDS} } }`;
const UPDATE = `mutation Update($code: String!, $input: UpdatePlaceInput!) { updatePlace(code: $code, input: $input) { ${PLACE_FIELDS} } }`;

interface PlaceResult {
  code: string;
  parentCode: string | null;
  level: string;
  names: { en: string; ar: string; fr: string };
  ancestorCodes: string[];
  ancestors: Array<{ code: string; name: string }>;
  displayName: string;
}

describe('places: tree, search and admin edits (over HTTP)', () => {
  let hub: TestApp;
  let admin: SignedInUser;
  let contributor: SignedInUser;
  let counter = 0;
  const code = (prefix: string) => `${prefix}${++counter}`;

  const search = async (query: string, limit?: number) => {
    const response = await hub.gql<{ searchPlaces: Array<PlaceResult & { arabic: string }> }>(SEARCH, { query, limit });
    expect(response.errors).toBeUndefined();
    return response.data?.searchPlaces ?? [];
  };
  const codes = async (variables: Record<string, unknown>) =>
    ((await hub.gql<{ places: Array<{ code: string }> }>(PLACES, variables)).data?.places ?? []).map((place) => place.code);
  const names = (en: string) => ({ en, ar: `${en} ar`, fr: `${en} fr` });

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    contributor = await make.user({ roles: ['CONTRIBUTOR'] });
  });

  afterAll(async () => {
    await hub.close();
  });

  it.each([
    ['صيدا', 'Arabic'],
    ['Sidon', 'English alias'],
    ['saida', 'lower case'],
    ['Saïda', 'French, with diaeresis'],
    ['SAI', 'a prefix'],
  ])('finds Saida (LB61) by %s (%s), shown with its governorate', async (query) => {
    const [first] = await search(query);
    expect(first).toMatchObject({ code: 'LB61', ancestorCodes: ['LB', 'LB6'], displayName: 'Saida, South' });
    expect(first.ancestors.map((ancestor) => ancestor.name)).toEqual(['Lebanon', 'South']);
    expect(first.arabic).toBe('صيدا، الجنوب');
  });

  it.each([
    ['صور', 'LB63'],
    ['Tyre', 'LB63'],
    ['tyr', 'LB63'],
    ['طرابلس', 'LB56'],
    ['Trablous', 'LB56'],
    ['Zahlé', 'LB25'],
    ['زحله', 'LB25'],
    ['Metn', 'LB36'],
    ['Matn', 'LB36'],
    ['Keserwan', 'LB35'],
    ['Kesrouan', 'LB35'],
    ['Minieh-Danniyeh', 'LB55'],
    ['Marjayoun', 'LB43'],
    ['Bint Jbeil', 'LB41'],
    ['Baalbek-El Hermel', 'LB8'],
    ['بعلبك الهرمل', 'LB8'],
    ['بقاع', 'LB2'],
    ['البقاع الغربي', 'LB24'],
    ['west bekaa', 'LB24'],
    ['عالية', 'LB31'],
    ['إهدن', 'LB57'],
    ['lb61', 'LB61'],
  ])('finds %s → %s', async (query, expected) => {
    expect((await search(query)).map((place) => place.code)).toContain(expected);
  });

  it('ranks exact names first and governorates before districts of the same name', async () => {
    expect((await search('Akkar')).map((place) => place.code).slice(0, 2)).toEqual(['LB7', 'LB51']);
    expect((await search('Bekaa')).map((place) => place.code)).toEqual(['LB2', 'LB24']);
    expect(await search('Bekaa', 1)).toHaveLength(1);
    expect(await search('no such place anywhere')).toEqual([]);
  });

  it('lists children, descendants at a level, levels and roots', async () => {
    expect(await codes({})).toContain('LB');
    expect(await codes({ parentCode: 'LB6' })).toEqual(['LB61', 'LB62', 'LB63']);
    expect(await codes({ parentCode: 'LB', level: 'DISTRICT' })).toHaveLength(26);
    expect(await codes({ level: 'GOVERNORATE' })).toHaveLength(9);
    const vocabularies = hub.app.get(VocabulariesService);
    expect((await vocabularies.descendantCodes('LB6')).sort()).toEqual(['LB61', 'LB62', 'LB63']);
    expect((await vocabularies.expandPlaceCodes(['LB8', 'LB11'])).sort()).toEqual(['LB11', 'LB21', 'LB22', 'LB8']);
    expect((await vocabularies.placeScope(['LB61', 'LB62'])).sort()).toEqual(['LB', 'LB6', 'LB61', 'LB62']);
    expect(await vocabularies.governorateOf(['LB25', 'LB61'])).toBe('LB2');
    expect(await vocabularies.placeNamesForSearch(['LB61'])).toEqual(expect.arrayContaining(['Saida', 'صيدا', 'Saïda', 'Sidon', 'South', 'الجنوب']));
    await expect(vocabularies.assertPlaceCodes(['LB61', 'XX9', 'LB99'], 'input.places')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'input.places', message: 'unknown place codes: XX9, LB99' }] },
    });
    await expect(vocabularies.assertPlaceCodes(['LB61', 'LB'], 'input.places')).resolves.toBeUndefined();
  });

  it('gives a place by code with names in each language', async () => {
    const { data } = await hub.gql<{ place: PlaceResult & { arabic: string; french: string } }>(PLACE, { code: 'LB24' });
    expect(data?.place).toMatchObject({ names: { en: 'West Bekaa', ar: 'البقاع الغربي' }, arabic: 'البقاع الغربي', french: 'Békaa-Ouest, Békaa' });
    expect((await hub.gql(PLACE, { code: 'NOPE' })).data).toEqual({ place: null });
  });

  it('lets an admin add cadastres and move a subtree; descendants follow and search finds the new names', async () => {
    const village = code('QA');
    const hamlet = code('QH');
    const created = await admin.gql<{ createPlace: PlaceResult }>(CREATE, {
      input: { code: village, parentCode: 'LB61', level: 'CADASTRE', names: { en: 'Ghaziyé', ar: 'الغازية', fr: 'Ghazieh' }, aliases: ['Ghazieh', 'Ghaziye'] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPlace).toMatchObject({ ancestorCodes: ['LB', 'LB6', 'LB61'], displayName: 'Ghaziyé, Saida, South' });
    expect((await admin.gql(CREATE, { input: { code: hamlet, parentCode: village, level: 'CADASTRE', names: names('Hamlet') } })).errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect((await search('غازيه')).map((place) => place.code)).toEqual([village]);

    const moved = await admin.gql<{ updatePlace: PlaceResult }>(UPDATE, { code: village, input: { parentCode: 'LB63' } });
    expect(moved.data?.updatePlace).toMatchObject({ parentCode: 'LB63', ancestorCodes: ['LB', 'LB6', 'LB63'] });
    expect((await hub.app.get(VocabulariesService).descendantCodes('LB61')).includes(village)).toBe(false);
    expect((await hub.app.get(VocabulariesService).descendantCodes('LB63')).includes(village)).toBe(true);
  });

  it('moves a whole subtree: every descendant gets its new ancestors', async () => {
    const governorate = code('GV');
    const district = code('DS');
    const cadastre = code('CD');
    await admin.gql(CREATE, { input: { code: governorate, parentCode: 'LB', level: 'GOVERNORATE', names: names('Gov') } });
    await admin.gql(CREATE, { input: { code: district, parentCode: governorate, level: 'DISTRICT', names: names('Dis') } });
    await admin.gql(CREATE, { input: { code: cadastre, parentCode: district, level: 'CADASTRE', names: names('Cad') } });
    const country = code('CT');
    await admin.gql(CREATE, { input: { code: country, level: 'COUNTRY', names: names('Elsewhere') } });
    const moved = await admin.gql(UPDATE, { code: governorate, input: { parentCode: country } });
    expect(moved.errors).toBeUndefined();
    const stored = await hub.connection.collection('places').findOne({ code: cadastre });
    expect(stored?.['ancestors']).toEqual([country, governorate, district]);
  });

  it('refuses contributors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const input = { code: code('ZZ'), parentCode: 'LB61', level: 'CADASTRE', names: names('Nope') };
    const before = await snapshot(hub, 'places');
    expect(errorCode(await contributor.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await hub.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await contributor.gql(UPDATE, { code: 'LB61', input: { names: { en: 'Hacked' } } }))).toBe('FORBIDDEN');
    expect(await snapshot(hub, 'places')).toEqual(before);
  });

  it('refuses bad input with typed errors and changes nothing', async () => {
    const before = await snapshot(hub, 'places');
    const cases: Array<[string, Record<string, unknown>, string, string[]]> = [
      [CREATE, { input: { code: code('UP'), parentCode: 'XX404', level: 'CADASTRE', names: names('Orphan') } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [CREATE, { input: { code: 'LB61', parentCode: 'LB6', level: 'DISTRICT', names: names('Again') } }, 'CONFLICT', []],
      [CREATE, { input: { code: code('LV'), parentCode: 'LB61', level: 'GOVERNORATE', names: names('Upside') } }, 'VALIDATION_FAILED', ['input.level']],
      [CREATE, { input: { code: code('NP'), level: 'DISTRICT', names: names('Floating') } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [CREATE, { input: { code: 'lower case!', parentCode: 'LB61', level: 'CADASTRE', names: names('Bad code') } }, 'VALIDATION_FAILED', ['input.code']],
      [CREATE, { input: { code: code('BIG'), parentCode: 'LB61', level: 'CADASTRE', names: { ...names('x'), en: 'x'.repeat(121) } } }, 'VALIDATION_FAILED', ['input.names.en']],
      [CREATE, { input: { code: code('BL'), parentCode: 'LB61', level: 'CADASTRE', names: { ...names('x'), ar: '   ' } } }, 'VALIDATION_FAILED', ['input.names.ar']],
      [CREATE, { input: { code: code('AL'), parentCode: 'LB61', level: 'CADASTRE', names: names('x'), aliases: Array(51).fill('a') } }, 'VALIDATION_FAILED', ['input.aliases']],
      [CREATE, { input: { code: code('OP'), parentCode: { $gt: '' }, level: 'CADASTRE', names: names('Injected') } }, 'VALIDATION_FAILED', []],
      [CREATE, { input: { code: code('EX'), parentCode: 'LB61', level: 'CADASTRE', names: names('x'), extra: 1 } }, 'VALIDATION_FAILED', []],
      [UPDATE, { code: 'LB6', input: { parentCode: 'LB61' } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [UPDATE, { code: 'LB6', input: { parentCode: 'LB6' } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [UPDATE, { code: 'LB61', input: { parentCode: 'LB63' } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [UPDATE, { code: 'LB', input: { parentCode: 'LB6' } }, 'VALIDATION_FAILED', ['input.parentCode']],
      [UPDATE, { code: 'LB61', input: { names: { en: { $gt: '' } } } }, 'VALIDATION_FAILED', []],
      [UPDATE, { code: 'NOWHERE', input: { names: { en: 'x' } } }, 'NOT_FOUND', []],
    ];
    for (const [operation, variables, expected, fields] of cases) {
      const response = await admin.gql(operation, variables);
      expect({ variables, code: errorCode(response) }).toEqual({ variables, code: expected });
      expect(errorFields(response)).toEqual(expect.arrayContaining(fields));
    }
    expect(await snapshot(hub, 'places')).toEqual(before);
  });

  it('rejects operators in place of query arguments', async () => {
    expect(errorCode(await hub.gql(SEARCH, { query: { $gt: '' } }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await hub.gql(PLACE, { code: { $ne: null } }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await hub.gql(SEARCH, { query: 'a', limit: 1000 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await hub.gql(SEARCH, { query: 'x'.repeat(121) }))).toBe('VALIDATION_FAILED');
  });
});
