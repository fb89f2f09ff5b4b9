import { accountOperations, errorCode } from '../testing/account-operations';
import { makers, SignedInUser, TEST_PASSWORD } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';
import { auditCsv, csvCell } from './audit-csv';
import { AuditRepository } from './audit.repository';

interface EntryView {
  action: string;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  details: string;
}

const AUDIT_LOG = `query($filter: AuditFilterInput, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { totalCount edges { node { action actorId targetType targetId details } } pageInfo { hasNextPage endCursor } }
}`;

describe('audit log', () => {
  let hub: TestApp;
  let admin: SignedInUser;
  let lead: SignedInUser;
  let contributor: SignedInUser;

  const entries = async (filter: Record<string, unknown>) =>
    expectData(await admin.gql<{ auditLog: { totalCount: number; edges: Array<{ node: EntryView }> } }>(AUDIT_LOG, { filter, first: 100 })).auditLog.edges.map((e) => e.node);

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    contributor = await make.user();
  });

  afterAll(async () => {
    await hub.close();
  });

  it('records sign-ins and failed sign-ins without the e-mail or password', async () => {
    const accounts = accountOperations(hub);
    const email = contributor.user.email ?? '';
    expectData((await accounts.signIn(email, TEST_PASSWORD)).body);
    expect(errorCode((await accounts.signIn(email, 'wrong password, sorry')).body)).toBe('UNAUTHENTICATED');
    expect(errorCode((await accounts.signIn('nobody-here@example.org', 'wrong password, sorry')).body)).toBe('UNAUTHENTICATED');
    const log = await entries({ actions: ['SIGN_IN', 'SIGN_IN_FAILED'] });
    expect(log).toContainEqual(expect.objectContaining({ action: 'SIGN_IN', actorId: contributor.user.id, targetId: contributor.user.id }));
    expect(log).toContainEqual(expect.objectContaining({ action: 'SIGN_IN_FAILED', targetId: contributor.user.id, details: JSON.stringify({ reason: 'WRONG_PASSWORD' }) }));
    expect(log).toContainEqual(expect.objectContaining({ action: 'SIGN_IN_FAILED', targetId: null, details: JSON.stringify({ reason: 'UNKNOWN_ACCOUNT' }) }));
    expect(JSON.stringify(log)).not.toContain('example.org');
    expect(JSON.stringify(log)).not.toContain('wrong password');
  });

  it('records role changes, sensitivity changes, confidential reads and moderation decisions', async () => {
    const accounts = accountOperations(hub);
    expectData(await accounts.setMemberRoles(admin, { userId: contributor.user.id, roles: ['CONTRIBUTOR', 'ANALYST'] }));
    const question = expectData(
      await ops.askQuestion(lead, {
        title: 'Which schools turn away children without papers?',
        body: 'Reports of refusals.',
        purpose: 'To target legal aid.',
        sectors: ['EDU'],
        sensitivity: 'RESTRICTED',
        publish: true,
      }),
    ).askQuestion;
    expectData(await ops.updateQuestion(lead, { id: question.id, version: question.version, sensitivity: 'CONFIDENTIAL', access: { sectors: ['EDU'] } }));
    expectData(await lead.gql('query($id: ID!) { question(id: $id) { id } }', { id: question.id }));
    const held = expectData(
      await ops.contribute(lead, {
        questionId: question.id,
        body: 'Call the headmaster on 03 123 456 for the list.',
        evidenceType: 'DIRECT_OBSERVATION',
        confidence: 'LOW',
        language: 'en',
        sensitivity: 'CONFIDENTIAL',
        postDespitePersonalData: true,
      }),
    ).contribute;
    expectData(
      await admin.gql('mutation($input: DecideReviewInput!) { decideReview(input: $input) { id } }', {
        input: { kind: 'CONTRIBUTION', id: held.id, approve: false, reason: 'Remove the phone number, then post again.' },
      }),
    );

    expect(await entries({ actions: ['ROLES_CHANGED'], targetId: contributor.user.id })).toEqual([
      expect.objectContaining({ actorId: admin.user.id, details: expect.stringContaining('"after":["CONTRIBUTOR","ANALYST"]') }),
    ]);
    expect(await entries({ targetId: question.id })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'SENSITIVITY_CHANGED', actorId: lead.user.id, details: JSON.stringify({ before: 'RESTRICTED', after: 'CONFIDENTIAL' }) }),
        expect.objectContaining({ action: 'CONFIDENTIAL_READ', actorId: lead.user.id, targetType: 'QUESTION' }),
      ]),
    );
    expect(await entries({ targetId: held.id, actions: ['MODERATION_DECISION'] })).toEqual([
      expect.objectContaining({ actorId: admin.user.id, details: JSON.stringify({ decision: 'REJECTED', heldFor: ['PHONE_LEBANON'], reason: 'Remove the phone number, then post again.' }) }),
    ]);
  });

  it('pages newest first and filters by actor', async () => {
    const first = expectData(await admin.gql<{ auditLog: { edges: Array<{ node: EntryView }>; pageInfo: { endCursor: string } } }>(AUDIT_LOG, { first: 1 })).auditLog;
    const next = expectData(await admin.gql<{ auditLog: { edges: Array<{ node: EntryView }> } }>(AUDIT_LOG, { first: 1, after: first.pageInfo.endCursor })).auditLog;
    expect(next.edges).toHaveLength(1);
    expect(next.edges[0].node).not.toEqual(first.edges[0].node);
    const byLead = await entries({ actorId: lead.user.id });
    expect(byLead.length).toBeGreaterThan(0);
    expect(byLead.every((e) => e.actorId === lead.user.id)).toBe(true);
  });

  it('exports CSV with a BOM and audits the export; only platform admins read the log', async () => {
    const csv = expectData(await admin.gql<{ exportAuditLog: string }>('query($f: AuditFilterInput) { exportAuditLog(filter: $f) }', { f: { actions: ['SIGN_IN'] } })).exportAuditLog;
    expect(csv.startsWith('\uFEFFat,actorId,action,targetType,targetId,details\r\n')).toBe(true);
    expect(csv).toContain(',SIGN_IN,USER,');
    expect(await entries({ actions: ['EXPORT'] })).toEqual([expect.objectContaining({ actorId: admin.user.id, targetType: 'AUDIT_LOG', details: expect.stringContaining('"actions":["SIGN_IN"]') })]);
    for (const caller of [lead, contributor]) expect(errorCode(await caller.gql(AUDIT_LOG, {}))).toBe('FORBIDDEN');
    expect(errorCode(await hub.gql('{ exportAuditLog }'))).toBe('UNAUTHENTICATED');
  });

  it('offers no way to change or remove an entry', () => {
    const methods = Object.getOwnPropertyNames(AuditRepository.prototype).filter((name) => name !== 'constructor');
    expect(methods.sort()).toEqual(['append', 'list', 'onModuleInit', 'page']);
  });

  it('neutralises spreadsheet formulas and quotes separators', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(auditCsv([]).charCodeAt(0)).toBe(0xfeff);
  });
});
