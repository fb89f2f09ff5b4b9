import { Actor } from './actor';
import { canRead, ContentAccess, readableBy } from './read-access';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  sessionId: 's1',
  organisationId: 'o1',
  organisationType: 'NATIONAL_NGO',
  roles: ['CONTRIBUTOR'],
  leadSectors: [],
  sectors: [],
  ...overrides,
});

const content = (overrides: Partial<ContentAccess>): ContentAccess => ({
  sensitivity: 'PUBLIC',
  sectors: [],
  organisations: [],
  users: [],
  authorId: 'author',
  questionSectors: ['EDU'],
  ...overrides,
});

describe('read access by sensitivity', () => {
  const moderator = actor({ userId: 'm', roles: ['MODERATOR'] });
  const lead = actor({ userId: 'l', roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
  const author = actor({ userId: 'author' });

  it('public content is readable by everyone, anonymous included', () => {
    const tokens = readableBy(content({ sensitivity: 'PUBLIC' }));
    expect(canRead(null, tokens)).toBe(true);
    expect(canRead(actor(), tokens)).toBe(true);
  });

  it('restricted content needs a signed-in member', () => {
    const tokens = readableBy(content({ sensitivity: 'RESTRICTED' }));
    expect(canRead(null, tokens)).toBe(false);
    expect(canRead(actor(), tokens)).toBe(true);
  });

  it('confidential content is readable by the named sectors and organisations only', () => {
    const tokens = readableBy(content({ sensitivity: 'CONFIDENTIAL', sectors: ['PROT'], organisations: ['o9'] }));
    expect(canRead(actor(), tokens)).toBe(false);
    expect(canRead(actor({ sectors: ['PROT'] }), tokens)).toBe(true);
    expect(canRead(actor({ organisationId: 'o9' }), tokens)).toBe(true);
  });

  it('strictly confidential content is readable by the named people only', () => {
    const tokens = readableBy(content({ sensitivity: 'STRICTLY_CONFIDENTIAL', users: ['u7'] }));
    expect(canRead(actor({ organisationId: 'o9', sectors: ['PROT'] }), tokens)).toBe(false);
    expect(canRead(actor({ userId: 'u7' }), tokens)).toBe(true);
  });

  it('the author, moderators and leads of the question sectors always read', () => {
    for (const sensitivity of ['RESTRICTED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'] as const) {
      const tokens = readableBy(content({ sensitivity }));
      expect([author, moderator, lead].map((reader) => canRead(reader, tokens))).toEqual([true, true, true]);
      if (sensitivity !== 'RESTRICTED') expect(canRead(actor({ roles: ['SECTOR_LEAD'], leadSectors: ['WASH'] }), tokens)).toBe(false);
    }
  });

  it('drafts and held items are readable by managers only, whatever their level', () => {
    const tokens = readableBy(content({ sensitivity: 'PUBLIC', restrictedToManagers: true }));
    expect(canRead(null, tokens)).toBe(false);
    expect(canRead(actor(), tokens)).toBe(false);
    expect(canRead(author, tokens)).toBe(true);
    expect(canRead(lead, tokens)).toBe(true);
  });
});
