import { INSTANT_MAIL_JOB } from '../notifications/notification-delivery.service';
import { NotificationsFanout } from '../notifications/notifications-fanout.service';
import { SchedulerService } from '../scheduler/scheduler.service';
import { linksOf, mailTo } from '../testing/mailbox';
import { makers, SignedInUser } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { searchOps, uniqueWord, waitForSearchLagZero } from '../testing/search-operations';
import { GraphQLResponse, startTestApp, TestApp } from '../testing/test-app';
import { compareReadPath, ReadPathProblem } from './read-path-check';

/**
 * Content at every sensitivity level, read through every read path as every role, compared with
 * one table of who may read what. Any leak (or a missing item on an exact path) fails the test.
 */
const ROLES = ['anonymous', 'analyst', 'contributor', 'sectorMember', 'orgMember', 'namedUser', 'lead', 'otherLead', 'moderator', 'admin', 'anonAuthor'] as const;
type RoleName = (typeof ROLES)[number];
const MEMBERS = ROLES.filter((r) => r !== 'anonymous');

// The question's lead asks every question; `contributor` writes every contribution but the anonymous one.
const ITEMS = {
  qPublic: ROLES,
  qRestricted: MEMBERS,
  qConfidential: ['sectorMember', 'orgMember', 'lead', 'moderator', 'admin'],
  qStrict: ['namedUser', 'lead', 'moderator', 'admin'],
  qDraft: ['lead', 'moderator', 'admin'],
  // Posted despite a personal-data warning: its author (the lead) and moderators until approved.
  qHeld: ['lead', 'moderator', 'admin'],
  cPublic: ROLES,
  cRestricted: MEMBERS,
  cConfidential: ['contributor', 'sectorMember', 'orgMember', 'lead', 'moderator', 'admin'],
  cStrict: ['contributor', 'namedUser', 'lead', 'moderator', 'admin'],
  cHeld: ['contributor', 'moderator', 'admin'],
  cAnonymous: ROLES,
  synthesis: MEMBERS,
  synthesisHeld: ['lead', 'moderator', 'admin'],
  commentPublic: ROLES,
  commentHeld: ['contributor', 'moderator', 'admin'],
} satisfies Record<string, readonly RoleName[]>;
type ItemName = keyof typeof ITEMS;
const QUESTIONS: ItemName[] = ['qPublic', 'qRestricted', 'qConfidential', 'qStrict', 'qDraft', 'qHeld'];
const CONTRIBUTIONS: ItemName[] = ['cPublic', 'cRestricted', 'cConfidential', 'cStrict', 'cHeld', 'cAnonymous'];
/** Search hits are `kind:mongoId`; syntheses keep their kind so they stay distinct from their question. */
const plainId = (hit: { id: string; kind: string; questionId: string }) => (hit.kind === 'synthesis' ? `synthesis:${hit.questionId}` : hit.id.slice(hit.id.indexOf(':') + 1));
const may = (role: RoleName, item: ItemName) => (ITEMS[item] as readonly RoleName[]).includes(role);

describe('every read path, as every role', () => {
  let hub: TestApp;
  const callers = {} as Record<RoleName, { gql: SignedInUser['gql'] }>;
  const users = {} as Record<Exclude<RoleName, 'anonymous'>, SignedInUser>;
  const ids = {} as Record<ItemName, string>;
  const word = uniqueWord('leak');
  const secret = { name: 'Zainab Qassimiyeh', email: 'zainab.qassimiyeh@example.org', org: 'Bekaa Hidden Helpers' };

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    const namedOrg = await make.organisation({ name: 'Named Org' });
    const anonOrg = await make.organisation({ name: secret.org, type: 'OTHER' });
    users.analyst = await make.user({ roles: ['ANALYST'] });
    users.contributor = await make.user();
    users.sectorMember = await make.user({ sectors: ['WASH'] });
    users.orgMember = await make.user({ organisation: namedOrg });
    users.namedUser = await make.user();
    users.lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    users.otherLead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] });
    users.moderator = await make.user({ roles: ['MODERATOR'] });
    users.admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    users.anonAuthor = await make.user({ organisation: anonOrg, displayName: secret.name, email: secret.email });
    callers.anonymous = { gql: (query, variables) => hub.gql(query, variables) };
    for (const role of MEMBERS) callers[role] = users[role];
    // Notifications and e-mail are read paths too: every member follows the sector and the first question, e-mailed at once.
    for (const role of MEMBERS) {
      expectData(await ops.setFollowing(users[role], 'SECTOR', 'EDU'));
      expectData(await users[role].gql('mutation { updateNotificationPreferences(input: { email: INSTANT }) { email } }'));
    }

    const confidential = { sectors: ['WASH'], organisations: [namedOrg.id] };
    const ask = async (sensitivity: string, extra: Record<string, unknown> = {}) =>
      expectData(
        await ops.askQuestion(users.lead, { title: `Which ${word} services reach adolescents?`, body: `About ${word}.`, purpose: 'To plan outreach for adolescents.', sectors: ['EDU'], sensitivity, publish: true, ...extra }),
      ).askQuestion.id;
    ids.qPublic = await ask('PUBLIC');
    for (const role of MEMBERS) expectData(await ops.setFollowing(users[role], 'QUESTION', ids.qPublic));
    ids.qRestricted = await ask('RESTRICTED');
    ids.qConfidential = await ask('CONFIDENTIAL', { access: confidential });
    ids.qStrict = await ask('STRICTLY_CONFIDENTIAL', { access: { users: [users.namedUser.user.id] } });
    ids.qDraft = await ask('PUBLIC', { publish: false });
    ids.qHeld = await ask('PUBLIC', { body: `About ${word}; ask for case LEB-13C12345.`, postDespitePersonalData: true });
    const contribute = async (by: SignedInUser, sensitivity: string, extra: Record<string, unknown> = {}) =>
      expectData(
        await ops.contribute(by, { questionId: ids.qPublic, body: `Observed ${word} in Tripoli.`, evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity, ...extra }),
      ).contribute.id;
    ids.cPublic = await contribute(users.contributor, 'PUBLIC');
    ids.cRestricted = await contribute(users.contributor, 'RESTRICTED');
    ids.cConfidential = await contribute(users.contributor, 'CONFIDENTIAL', { access: confidential });
    ids.cStrict = await contribute(users.contributor, 'STRICTLY_CONFIDENTIAL', { access: { users: [users.namedUser.user.id] } });
    ids.cHeld = await contribute(users.contributor, 'PUBLIC', { body: `Observed ${word}; call 03 123 456.`, postDespitePersonalData: true });
    ids.cAnonymous = await contribute(users.anonAuthor, 'PUBLIC', { anonymous: true });
    expectData(await ops.linkQuestions(users.lead, ids.qPublic, ids.qConfidential));
    expectData(await ops.linkQuestions(users.lead, ids.qPublic, ids.qStrict));
    expectData(await ops.markDuplicate(users.lead, ids.qPublic, ids.qStrict));
    expectData(await ops.changeStatus(users.lead, ids.qPublic, 'SYNTHESISING'));
    const question = expectData(await ops.questionPage(users.lead, ids.qPublic)).question;
    expectData(await ops.publishSynthesis(users.lead, { questionId: ids.qPublic, version: question.version, body: `Synthesis of ${word}.`, sensitivity: 'RESTRICTED' }));
    ids.synthesis = `synthesis:${ids.qPublic}`;
    const withSynthesis = expectData(await ops.questionPage(users.lead, ids.qPublic)).question;
    expectData(await ops.publishSynthesis(users.lead, { questionId: ids.qPublic, version: withSynthesis.version, body: `Second synthesis of ${word}: call 03 123 456.`, sensitivity: 'RESTRICTED', postDespitePersonalData: true }));
    ids.synthesisHeld = `synthesis:${ids.qPublic}:2`;
    ids.commentPublic = expectData(await ops.addComment(users.contributor, 'QUESTION', ids.qPublic, `A comment on ${word}.`)).addComment.id;
    ids.commentHeld = expectData(await ops.addComment(users.contributor, 'QUESTION', ids.qPublic, `Ask ${word} 03 123 456.`, true)).addComment.id;
    await waitForSearchLagZero(hub);
  });

  afterAll(async () => {
    await hub.close();
  });

  const allIds = () => Object.values(ids);
  const allowedFor = (role: RoleName, items: ItemName[]) => items.filter((item) => may(role, item)).map((item) => ids[item]);
  const present = <T>(response: GraphQLResponse<T>) => (response.errors?.length ? null : (response.data ?? null));

  /** The ids an export holds (syntheses as `synthesis:<questionId>`), or the error code. */
  const exportRows = async (as: { gql: SignedInUser['gql'] }, input: Record<string, unknown>): Promise<string[] | string> => {
    const started = await as.gql<{ startExport: { status: string; downloadPath: string | null } }>('mutation($input: StartExportInput!) { startExport(input: $input) { status downloadPath } }', { input });
    if (started.errors?.length || !started.data) return String(started.errors?.[0]?.extensions?.['code']);
    const token = Object.values(users).find((user) => user.gql === as.gql)?.token;
    const file = await fetch(`${hub.url}${started.data.startExport.downloadPath}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await file.json()) as { rows: Array<{ record: string; id: string; questionId: string }> };
    return body.rows.map((row) => (row.record === 'synthesis' ? `synthesis:${row.questionId}` : row.id));
  };

  it('shows each role exactly what the table allows, on every path', async () => {
    const problems: ReadPathProblem[] = [];
    const check = (role: RoleName, path: string, seen: string[], allowed: string[], mode: 'exact' | 'noLeak' = 'exact') => problems.push(...compareReadPath(role, path, seen, allowed, allIds(), mode));
    for (const role of ROLES) {
      const as = callers[role];
      const list = expectData(await ops.questions(as, { first: 100 })).questions;
      check(role, 'questions', list.edges.map((e) => e.node.id), allowedFor(role, QUESTIONS));
      if (list.totalCount !== allowedFor(role, QUESTIONS).length) problems.push({ role, path: 'questions.totalCount', kind: 'LEAK', item: String(list.totalCount) });
      const singles: string[] = [];
      for (const item of QUESTIONS) if (present(await as.gql('query($id: ID!) { question(id: $id) { id } }', { id: ids[item] }))) singles.push(ids[item]);
      check(role, 'question(id)', singles, allowedFor(role, QUESTIONS));
      for (const item of CONTRIBUTIONS) if (present(await as.gql('query($id: ID!) { contribution(id: $id) { id } }', { id: ids[item] }))) singles.push(ids[item]);
      check(role, 'contribution(id)', singles.filter((id) => !allowedFor(role, QUESTIONS).includes(id)), allowedFor(role, CONTRIBUTIONS));

      const page = expectData(
        await as.gql<{
          question: {
            contributionCount: number;
            contributions: { totalCount: number; edges: Array<{ node: { id: string } }> };
            synthesis: { body: string; citations: Array<{ id: string }> } | null;
            synthesisVersions: Array<{ version: number }>;
            related: Array<{ id: string }>;
            duplicateOf: { id: string } | null;
            comments: Array<{ id: string }>;
          };
        }>(
          `query($id: ID!) { question(id: $id) { contributionCount contributions(first: 50) { totalCount edges { node { id } } }
             synthesis { body citations { id } } synthesisVersions { version } related { id } duplicateOf { id } comments { id } } }`,
          { id: ids.qPublic },
        ),
      ).question;
      const pageContributions = page.contributions.edges.map((e) => e.node.id);
      check(role, 'question.contributions', pageContributions, allowedFor(role, CONTRIBUTIONS));
      for (const [path, count] of [['question.contributionCount', page.contributionCount], ['question.contributions.totalCount', page.contributions.totalCount]] as const) {
        if (count !== allowedFor(role, CONTRIBUTIONS).length) problems.push({ role, path, kind: 'LEAK', item: String(count) });
      }
      check(role, 'question.synthesis', page.synthesis || page.synthesisVersions.length ? [ids.synthesis] : [], may(role, 'synthesis') ? [ids.synthesis] : [], 'noLeak');
      check(role, 'question.synthesisVersions', page.synthesisVersions.some((v) => v.version === 2) ? [ids.synthesisHeld] : [], allowedFor(role, ['synthesisHeld']));
      if (page.synthesis?.body.includes('03 123 456') && !may(role, 'synthesisHeld')) problems.push({ role, path: 'question.synthesis', kind: 'LEAK', item: ids.synthesisHeld });
      check(role, 'question.comments', page.comments.map((c) => c.id), allowedFor(role, ['commentPublic', 'commentHeld']));
      check(role, 'question.related', page.related.map((q) => q.id), allowedFor(role, ['qConfidential', 'qStrict']));
      check(role, 'question.duplicateOf', page.duplicateOf ? [page.duplicateOf.id] : [], allowedFor(role, ['qStrict']));

      const results = expectData(await searchOps.search(as, { text: word, first: 50 })).search;
      const hitIds = results.hits.map(plainId);
      check(role, 'search', hitIds, allowedFor(role, [...QUESTIONS, ...CONTRIBUTIONS, 'synthesis']), 'noLeak');
      const suggestions = expectData(await searchOps.suggestions(as, word.slice(0, 6), 20)).searchSuggestions;
      check(role, 'searchSuggestions', suggestions.map(plainId), allowedFor(role, [...QUESTIONS, ...CONTRIBUTIONS]), 'noLeak');
      const similar = expectData(await searchOps.similarQuestions(as, `Which ${word} services reach adolescents?`, 20)).similarQuestions;
      check(role, 'similarQuestions', similar.map(plainId), allowedFor(role, QUESTIONS), 'noLeak');

      // Exports (members only): a question with its contributions and synthesis, and a search result set.
      const questionExport = await exportRows(as, { format: 'JSON', questionId: ids.qPublic });
      const searchExport = await exportRows(as, { format: 'JSON', search: { text: word } });
      if (role === 'anonymous') {
        if (questionExport !== 'UNAUTHENTICATED' || searchExport !== 'UNAUTHENTICATED') problems.push({ role, path: 'startExport', kind: 'LEAK', item: 'anonymous export' });
      } else if (typeof questionExport === 'string' || typeof searchExport === 'string') {
        problems.push({ role, path: 'startExport', kind: 'MISSING', item: `${String(questionExport)} ${String(searchExport)}` });
      } else {
        check(role, 'export(question)', questionExport.filter((id) => id !== ids.synthesis), [ids.qPublic, ...allowedFor(role, CONTRIBUTIONS)]);
        // As on the question page: a synthesis stricter than its question is for its managers only.
        check(role, 'export(question).synthesis', questionExport.filter((id) => id === ids.synthesis), allowedFor(role, ['synthesis']), 'noLeak');
        check(role, 'export(search)', searchExport, allowedFor(role, [...QUESTIONS, ...CONTRIBUTIONS, 'synthesis']), 'noLeak');
      }
    }
    const nameOf = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    expect(problems.map((p) => `${p.kind} ${p.path} as ${p.role}: ${nameOf.get(p.item) ?? p.item}`)).toEqual([]);
  });

  it('notifies and e-mails each role only about what the table allows, never naming the anonymous contributor to peers', async () => {
    await hub.app.get(NotificationsFanout).settled();
    await hub.app.get(SchedulerService).tick(INSTANT_MAIL_JOB, new Date());
    const problems: ReadPathProblem[] = [];
    const peers: RoleName[] = ['analyst', 'contributor', 'sectorMember', 'orgMember', 'namedUser', 'otherLead'];
    for (const role of MEMBERS) {
      const feed = expectData(
        await users[role].gql<{ notifications: { edges: Array<{ node: { question: { id: string } | null; contribution: { id: string } | null } }> } }>(
          'query { notifications(first: 100) { edges { node { question { id } contribution { id author { user { displayName } } } } } } }',
        ),
      );
      const seen = feed.notifications.edges.flatMap((e) => [e.node.question?.id, e.node.contribution?.id].filter((id): id is string => !!id));
      problems.push(...compareReadPath(role, 'notifications', seen, allowedFor(role, [...QUESTIONS, ...CONTRIBUTIONS]), allIds(), 'noLeak'));
      const mails = await mailTo(users[role].user.email ?? '');
      const linked = mails.flatMap((mail) => linksOf(mail.html)).map((href) => /\/questions\/([0-9a-f]{24})$/.exec(href)?.[1]).filter((id): id is string => !!id);
      problems.push(...compareReadPath(role, 'e-mail links', linked, allowedFor(role, QUESTIONS), allIds(), 'noLeak'));
      const contributionMails = mails.filter((mail) => mail.text.includes(`Observed ${word}`)).length;
      if (contributionMails > allowedFor(role, CONTRIBUTIONS).length) problems.push({ role, path: 'e-mail contributions', kind: 'LEAK', item: String(contributionMails) });
      const text = JSON.stringify([feed, mails.map((mail) => [mail.subject, mail.text, mail.html])]);
      if (text.includes('03 123 456') && !may(role, 'cHeld')) problems.push({ role, path: 'notifications/e-mail', kind: 'LEAK', item: ids.cHeld });
      if (peers.includes(role)) for (const value of [secret.name, secret.email, secret.org]) if (text.includes(value)) problems.push({ role, path: 'notifications/e-mail', kind: 'LEAK', item: value });
    }
    expect(problems).toEqual([]);
    // The table is exercised: members were told about the public question and e-mailed about it.
    expect((await mailTo(users.analyst.user.email ?? '')).length).toBeGreaterThan(0);
  });

  it('never shows the anonymous contributor’s name, e-mail or organisation to peers, in any response or error', async () => {
    const peers: RoleName[] = ['anonymous', 'analyst', 'contributor', 'sectorMember', 'orgMember', 'namedUser', 'otherLead'];
    const fields = `id author { anonymous organisationType governorate user { id displayName organisationId } } revisions { by { displayName } }`;
    for (const role of peers) {
      const as = callers[role];
      const responses: unknown[] = await Promise.all([
        as.gql('query($id: ID!) { contribution(id: $id) { ' + fields + ' question { id } } }', { id: ids.cAnonymous }),
        as.gql('query($id: ID!) { question(id: $id) { contributions { edges { node { ' + fields + ' } } } } }', { id: ids.qPublic }),
        as.gql('mutation($id: ID!) { markHelpful(id: $id) { id } }', { id: ids.cAnonymous }),
        as.gql('mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { id } }', { input: { id: ids.cAnonymous, version: 1, body: 'x' } }),
        searchOps.search(as, { text: word, first: 50 }),
      ]);
      // Exports show an anonymous contribution exactly as the API does.
      if (role !== 'anonymous') {
        const started = await as.gql<{ startExport: { downloadPath: string } }>('mutation($input: StartExportInput!) { startExport(input: $input) { downloadPath } }', { input: { format: 'CSV', questionId: ids.qPublic } });
        const file = await fetch(`${hub.url}${expectData(started).startExport.downloadPath}`, { headers: { authorization: `Bearer ${users[role as Exclude<RoleName, 'anonymous'>].token}` } });
        responses.push(await file.text());
      }
      const text = JSON.stringify(responses);
      for (const value of [secret.name, secret.email, secret.org, users.anonAuthor.user.id]) {
        if (text.includes(value)) throw new Error(`${role} saw ${value}`);
      }
    }
    // The lead of the question and moderators do see who it is.
    const seen = expectData(await users.lead.gql<{ contribution: { author: { user: { displayName: string } | null } } }>('query($id: ID!) { contribution(id: $id) { author { user { displayName } } } }', { id: ids.cAnonymous }));
    expect(seen.contribution.author.user?.displayName).toBe(secret.name);
  });
});
