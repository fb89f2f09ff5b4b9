import { adminSectionPath, ADMIN_SECTIONS, sectionsFor } from './admin-sections';
import { aliasList } from './vocabularies/term-form';

describe('admin sections', () => {
  it('shows platform admins every platform-admin section, and members without an admin role none', () => {
    const paths = sectionsFor(['PLATFORM_ADMIN']).map((section) => section.path);
    expect(paths).toEqual(expect.arrayContaining(['sectors', 'places', 'cohorts', 'tags', 'users', 'organisations']));
    for (const roles of [['CONTRIBUTOR'], ['ANALYST'], ['SECTOR_LEAD'], ['ORGANISATION_ADMIN']] as const) {
      expect(sectionsFor(roles).filter((section) => section.roles.includes('PLATFORM_ADMIN') && section.roles.length === 1)).toEqual([]);
    }
  });

  it('gives each section its own path under /admin', () => {
    const paths = ADMIN_SECTIONS.map(adminSectionPath);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((path) => /^\/admin\/[a-z-]+$/.test(path))).toBe(true);
  });
});

describe('aliasList', () => {
  it('splits on lines and commas (Latin and Arabic), trims, drops blanks and repeats', () => {
    expect(aliasList('Sidon\n صيدا ،Saida, Sidon\n\n')).toEqual(['Sidon', 'صيدا', 'Saida']);
  });
});
