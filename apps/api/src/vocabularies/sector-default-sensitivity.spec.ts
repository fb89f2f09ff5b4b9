import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';

/** Questions asked without a label take the strictest default of their sectors. */
describe('sector default sensitivity', () => {
  let hub: TestApp;
  let admin: SignedInUser;
  let lead: SignedInUser;

  const setDefault = (as: SignedInUser, code: string, level: string) =>
    as.gql<{ setSectorDefaultSensitivity: { code: string; defaultSensitivity: string } }>(
      'mutation($code: String!, $level: SensitivityLevel!) { setSectorDefaultSensitivity(code: $code, level: $level) { code defaultSensitivity } }',
      { code, level },
    );
  const ask = (sectors: string[], extra: Record<string, unknown> = {}) =>
    ops.askQuestion(lead, { title: 'How do families cover rent after the cuts?', body: 'b', purpose: 'To plan cash assistance.', sectors, publish: true, ...extra });

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU', 'SHELTER', 'WASH'] });
  });

  afterAll(async () => {
    await hub.close();
  });

  it('defaults to Restricted until an admin sets a sector default', async () => {
    const sector = expectData(await hub.gql<{ sector: { defaultSensitivity: string } }>('{ sector(code: "EDU") { defaultSensitivity } }')).sector;
    expect(sector.defaultSensitivity).toBe('RESTRICTED');
    expect(expectData(await ask(['EDU'])).askQuestion.sensitivity).toBe('RESTRICTED');
  });

  it('applies the most restricted default of the question’s sectors; an explicit label wins', async () => {
    expectData(await setDefault(admin, 'EDU', 'PUBLIC'));
    expect(expectData(await setDefault(admin, 'WASH', 'CONFIDENTIAL')).setSectorDefaultSensitivity).toEqual({ code: 'WASH', defaultSensitivity: 'CONFIDENTIAL' });
    expect(expectData(await ask(['EDU'])).askQuestion.sensitivity).toBe('PUBLIC');
    expect(expectData(await ask(['EDU', 'SHELTER'])).askQuestion.sensitivity).toBe('RESTRICTED');
    // Confidential by default still has to say who may read.
    expect(errorCode(await ask(['EDU', 'WASH']))).toBe('VALIDATION_FAILED');
    expect(expectData(await ask(['EDU', 'WASH'], { access: { sectors: ['WASH'] } })).askQuestion.sensitivity).toBe('CONFIDENTIAL');
    expect(expectData(await ask(['WASH'], { sensitivity: 'PUBLIC' })).askQuestion.sensitivity).toBe('PUBLIC');
  });

  it('only platform admins set defaults, and the change is audited', async () => {
    expect(errorCode(await setDefault(lead, 'EDU', 'PUBLIC'))).toBe('FORBIDDEN');
    expect(errorCode(await setDefault(admin, 'NOPE', 'PUBLIC'))).toBe('NOT_FOUND');
    const log = expectData(
      await admin.gql<{ auditLog: { edges: Array<{ node: { targetId: string; details: string } }> } }>('{ auditLog(filter: { actions: [SECTOR_DEFAULT_SENSITIVITY_CHANGED] }) { edges { node { targetId details } } } }'),
    ).auditLog.edges.map((e) => e.node);
    expect(log).toContainEqual({ targetId: 'WASH', details: JSON.stringify({ before: 'RESTRICTED', after: 'CONFIDENTIAL' }) });
  });
});
