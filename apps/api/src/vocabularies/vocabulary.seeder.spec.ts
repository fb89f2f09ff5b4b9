import { randomBytes } from 'node:crypto';
import { startTestApp, TestApp } from '../testing/test-app';
import { makers } from '../testing/make';

// DOMAIN.md's table, written out again so that a slip in the seed file shows here.
const DISTRICTS: Record<string, [string, string]> = {
  LB11: ['Beirut', 'بيروت'],
  LB21: ['Baalbek', 'بعلبك'],
  LB22: ['El Hermel', 'الهرمل'],
  LB23: ['Rachaya', 'راشيا'],
  LB24: ['West Bekaa', 'البقاع الغربي'],
  LB25: ['Zahle', 'زحلة'],
  LB31: ['Aley', 'عاليه'],
  LB32: ['Baabda', 'بعبدا'],
  LB33: ['Chouf', 'الشوف'],
  LB36: ['El Meten', 'المتن'],
  LB34: ['Jbeil', 'جبيل'],
  LB35: ['Kesrwane', 'كسروان'],
  LB41: ['Bent Jbeil', 'بنت جبيل'],
  LB42: ['Hasbaya', 'حاصبيا'],
  LB43: ['Marjaayoun', 'مرجعيون'],
  LB44: ['El Nabatieh', 'النبطية'],
  LB51: ['Akkar', 'عكار'],
  LB52: ['El Batroun', 'البترون'],
  LB53: ['Bcharre', 'بشري'],
  LB54: ['El Koura', 'الكورة'],
  LB55: ['El Minieh-Dennie', 'المنية الضنية'],
  LB56: ['Tripoli', 'طرابلس'],
  LB57: ['Zgharta', 'زغرتا'],
  LB61: ['Saida', 'صيدا'],
  LB62: ['Jezzine', 'جزين'],
  LB63: ['Sour', 'صور'],
};

const GOVERNORATE_OF_DISTRICTS: Record<string, string[]> = {
  بيروت: ['LB11'],
  'بعلبك - الهرمل': ['LB21', 'LB22'],
  البقاع: ['LB23', 'LB24', 'LB25'],
  'جبل لبنان': ['LB31', 'LB32', 'LB33', 'LB36'],
  'كسروان - جبيل': ['LB34', 'LB35'],
  النبطية: ['LB41', 'LB42', 'LB43', 'LB44'],
  عكار: ['LB51'],
  الشمال: ['LB52', 'LB53', 'LB54', 'LB55', 'LB56', 'LB57'],
  الجنوب: ['LB61', 'LB62', 'LB63'],
};

interface StoredPlace {
  code: string;
  parentCode: string | null;
  level: string;
  names: { en: string; ar: string; fr: string };
  ancestors: string[];
}

const counts = async (hub: TestApp) =>
  Object.fromEntries(
    await Promise.all(
      ['sectors', 'cohorts', 'places', 'tags', 'vocabulary_labels'].map(async (name) => [name, await hub.connection.collection(name).countDocuments()]),
    ),
  );

describe('vocabulary seeding', () => {
  let hub: TestApp;

  beforeAll(async () => {
    hub = await startTestApp();
  });

  afterAll(async () => {
    await hub.close();
  });

  it('seeds the 26 districts of DOMAIN.md under their 9 governorates, with English, Arabic and French names', async () => {
    const places = await hub.connection.collection<StoredPlace>('places').find().toArray();
    const districts = places.filter((place) => place.level === 'DISTRICT');
    const governorates = places.filter((place) => place.level === 'GOVERNORATE');
    expect(places.filter((place) => place.level === 'COUNTRY').map((place) => place.code)).toEqual(['LB']);
    expect(governorates).toHaveLength(9);
    expect(districts).toHaveLength(26);
    for (const district of districts) {
      const [en, ar] = DISTRICTS[district.code] ?? [];
      expect({ code: district.code, en: district.names.en, ar: district.names.ar }).toEqual({ code: district.code, en, ar });
      expect(district.names.fr).toBeTruthy();
      const governorate = governorates.find((each) => each.code === district.parentCode);
      expect(GOVERNORATE_OF_DISTRICTS[governorate?.names.ar ?? '']).toContain(district.code);
      expect(district.ancestors).toEqual(['LB', district.parentCode]);
    }
    expect(governorates.every((governorate) => governorate.parentCode === 'LB' && governorate.names.fr)).toBe(true);
  });

  it('seeds 11 sectors (Inter-sector included) with Protection’s two sub-sectors, and the 5 cohorts', async () => {
    const { data } = await hub.gql<{ sectors: Array<{ code: string; subSectors: Array<{ code: string }> }>; cohorts: Array<{ code: string }> }>(
      '{ sectors { code subSectors { code } } cohorts { code } }',
    );
    expect(data?.sectors.map((sector) => sector.code)).toEqual(['BA', 'EDU', 'ENERGY', 'FSA', 'HEALTH', 'LIV', 'PROT', 'SHELTER', 'SOCSTAB', 'WASH', 'INTER']);
    expect(data?.sectors.find((sector) => sector.code === 'PROT')?.subSectors.map((sub) => sub.code)).toEqual(['PROT-CP', 'PROT-GBV']);
    expect(await hub.connection.collection('sectors').countDocuments()).toBe(13);
    expect(data?.cohorts.map((cohort) => cohort.code)).toEqual(['SYR', 'LEB', 'PRS', 'PRL', 'MIG']);
  });

  it('is idempotent: instances booting at once on the same database add nothing, and an admin’s rename survives', async () => {
    const admin = await makers(hub).user({ roles: ['PLATFORM_ADMIN'] });
    const renamed = await admin.gql(
      `mutation { updatePlace(code: "LB63", input: { names: { en: "Tyre" } }) { code } updateSector(code: "EDU", input: { names: { fr: "Enseignement" } }) { code } updateTag(slug: "debt", input: { synonyms: ["ديون"] }) { slug } }`,
    );
    expect(renamed.errors).toBeUndefined();
    const before = await counts(hub);

    // Two more instances on the same database, booting concurrently: both run the seeder.
    const others = await Promise.all([startTestApp({ MONGODB_DB: hub.dbName }), startTestApp({ MONGODB_DB: hub.dbName })]);
    await Promise.all(others.map((other) => other.app.close())); // not other.close(): that drops the database

    expect(await counts(hub)).toEqual(before);
    const tyre = await hub.connection.collection<StoredPlace>('places').findOne({ code: 'LB63' });
    expect(tyre?.names).toEqual({ en: 'Tyre', ar: 'صور', fr: 'Tyr' });
    const education = await hub.connection.collection('sectors').findOne({ code: 'EDU' });
    expect(education?.['names']).toMatchObject({ fr: 'Enseignement' });
    const debt = await hub.connection.collection('tags').findOne({ slug: 'debt' });
    expect(debt?.['synonyms']).toEqual(['ديون']);
  });

  it('seeds an empty database once when two instances boot on it at the same time', async () => {
    const MONGODB_DB = `t_${randomBytes(6).toString('hex')}`;
    const [first, second] = await Promise.all([startTestApp({ MONGODB_DB }), startTestApp({ MONGODB_DB })]);
    try {
      expect(await counts(first)).toEqual(await counts(hub));
      const places = first.connection.collection('places');
      expect(await places.countDocuments()).toBe((await places.distinct('code')).length);
    } finally {
      await first.app.close();
      await second.close();
    }
  });
});
