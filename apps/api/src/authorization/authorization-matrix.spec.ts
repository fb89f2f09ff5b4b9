import type { Role } from '@hub/domain';
import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp, GraphQLResponse } from '../testing/test-app';

/**
 * Every mutation, as every role and anonymously, on its own and on others' objects, against one
 * table of what is allowed. A = allowed, F = FORBIDDEN, U = UNAUTHENTICATED.
 */
const ACTORS = ['anonymous', 'analyst', 'contributor', 'lead', 'otherLead', 'orgAdmin', 'moderator', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'A' | 'F' | 'U';

const ROLES: Record<Exclude<ActorName, 'anonymous'>, { roles: Role[]; leadSectors?: string[] }> = {
  analyst: { roles: ['ANALYST'] },
  contributor: { roles: ['CONTRIBUTOR'] },
  lead: { roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] },
  otherLead: { roles: ['SECTOR_LEAD'], leadSectors: ['WASH'] },
  orgAdmin: { roles: ['ORGANISATION_ADMIN'] },
  moderator: { roles: ['MODERATOR'] },
  admin: { roles: ['PLATFORM_ADMIN'] },
};

interface World {
  hub: TestApp;
  users: Record<Exclude<ActorName, 'anonymous'>, SignedInUser>;
  /** A second EDU lead who owns the "others'" questions. */
  owner: SignedInUser;
  /** A contributor who owns the "others'" contributions. */
  peer: SignedInUser;
}

type Caller = { gql: SignedInUser['gql'] };

interface Case {
  mutation: string;
  target: 'own' | "others'" | 'new';
  expected: Record<ActorName, Outcome>;
  run: (world: World, as: Caller, actor: ActorName) => Promise<GraphQLResponse<unknown>>;
}

const row = (values: string): Record<ActorName, Outcome> => {
  const outcomes = values.split(/\s+/) as Outcome[];
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, outcomes[i]])) as Record<ActorName, Outcome>;
};

async function openQuestion(world: World, by: Caller = world.owner) {
  return expectData(
    await ops.askQuestion(by, {
      title: 'Why is school enrolment of 15-17 year olds so low?',
      body: 'Secondary enrolment stays far below primary.',
      purpose: 'To plan outreach for adolescents out of school.',
      sectors: ['EDU'],
      sensitivity: 'RESTRICTED',
      publish: true,
    }),
  ).askQuestion;
}

async function contribution(world: World, questionId: string, by: Caller = world.peer) {
  return expectData(
    await ops.contribute(by, { questionId, body: 'Adolescents work in construction.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' }),
  ).contribute;
}

//                                      anon analyst contrib lead otherLead orgAdmin moderator admin
const CASES: Case[] = [
  {
    mutation: 'askQuestion',
    target: 'new',
    expected: row('U F F A F F F A'),
    run: (w, as) => ops.askQuestion(as, { title: 'What drives moves into informal settlements?', body: 'b', purpose: 'To plan shelter support.', sectors: ['EDU'], sensitivity: 'PUBLIC' }),
  },
  {
    mutation: 'updateQuestion',
    target: "others'",
    expected: row('U F F A F F F A'),
    run: async (w, as) => {
      const q = await openQuestion(w);
      return ops.updateQuestion(as, { id: q.id, version: q.version, title: 'Why is secondary enrolment of adolescents so low?' });
    },
  },
  {
    mutation: 'changeQuestionStatus',
    target: "others'",
    expected: row('U F F A F F F A'),
    run: async (w, as) => ops.changeStatus(as, (await openQuestion(w)).id, 'SYNTHESISING'),
  },
  {
    mutation: 'markDuplicate',
    target: "others'",
    expected: row('U F F A F F F A'),
    run: async (w, as) => ops.markDuplicate(as, (await openQuestion(w)).id, (await openQuestion(w)).id),
  },
  {
    mutation: 'linkQuestions',
    target: "others'",
    expected: row('U F F A F F F A'),
    run: async (w, as) => ops.linkQuestions(as, (await openQuestion(w)).id, (await openQuestion(w)).id),
  },
  {
    mutation: 'contribute',
    target: 'new',
    expected: row('U F A A A A A A'),
    run: async (w, as) => ops.contribute(as, { questionId: (await openQuestion(w)).id, body: 'Seen in Bebnine.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' }),
  },
  {
    mutation: 'updateContribution',
    target: 'own',
    expected: row('U F A A A A A A'),
    run: async (w, as, actor) => {
      // Anonymous and analysts have no contribution of their own: they try the peer's.
      const by = actor === 'anonymous' || actor === 'analyst' ? w.peer : (as as SignedInUser);
      const c = await contribution(w, (await openQuestion(w)).id, by);
      return ops.updateContribution(as, { id: c.id, version: c.version, body: 'Corrected: adolescents work in construction and agriculture.' });
    },
  },
  {
    mutation: 'updateContribution',
    target: "others'",
    expected: row('U F F F F F A A'),
    run: async (w, as) => {
      const c = await contribution(w, (await openQuestion(w)).id);
      return ops.updateContribution(as, { id: c.id, version: c.version, body: 'Edited by someone else.' });
    },
  },
  {
    mutation: 'markHelpful',
    target: "others'",
    expected: row('U F A A A A A A'),
    run: async (w, as) => ops.markHelpful(as, (await contribution(w, (await openQuestion(w)).id)).id),
  },
  {
    mutation: 'markHelpful',
    target: 'own',
    expected: row('U F F F F F F F'),
    run: async (w, as, actor) => {
      const by = actor === 'anonymous' || actor === 'analyst' ? w.peer : (as as SignedInUser);
      const c = await contribution(w, (await openQuestion(w)).id, by);
      return ops.markHelpful(as, c.id);
    },
  },
  {
    mutation: 'addComment',
    target: "others'",
    expected: row('U F A A A A A A'),
    run: async (w, as) => ops.addComment(as, 'QUESTION', (await openQuestion(w)).id, 'A comment.'),
  },
  {
    mutation: 'publishSynthesis',
    target: "others'",
    expected: row('U F F A F F F A'),
    run: async (w, as) => {
      const q = await openQuestion(w);
      return ops.publishSynthesis(as, { questionId: q.id, version: q.version, body: 'Synthesis.', citedContributions: [] });
    },
  },
  {
    mutation: 'setFollowing',
    target: "others'",
    expected: row('U A A A A A A A'),
    run: async (w, as) => ops.setFollowing(as, 'QUESTION', (await openQuestion(w)).id),
  },
  {
    mutation: 'markNotificationsRead',
    target: 'own',
    expected: row('U A A A A A A A'),
    run: (w, as) => as.gql('mutation { markNotificationsRead(all: true) }'),
  },
  {
    mutation: 'updateNotificationPreferences',
    target: 'own',
    expected: row('U A A A A A A A'),
    run: (w, as) => as.gql('mutation { updateNotificationPreferences(input: { email: DAILY }) { email } }'),
  },
  {
    mutation: 'startExport',
    target: "others'",
    expected: row('U A A A A A A A'),
    run: async (w, as) =>
      as.gql('mutation($input: StartExportInput!) { startExport(input: $input) { id status } }', { input: { format: 'JSON', questionId: (await openQuestion(w)).id } }),
  },
  {
    mutation: 'signOut',
    target: 'own',
    expected: row('U A A A A A A A'),
    // Signs out a throwaway session of the same user, so the shared token stays valid.
    run: async (w, as, actor) => {
      if (actor === 'anonymous') return as.gql('mutation { signOut }');
      const user = w.users[actor];
      const make = makers(w.hub);
      const session = await make.sessionFor(user.user);
      return session.gql('mutation { signOut }');
    },
  },
  {
    mutation: 'decideReview',
    target: "others'",
    expected: row('U F F F F F A A'),
    run: async (w, as) => {
      const q = await openQuestion(w);
      const held = expectData(
        await ops.contribute(w.peer, { questionId: q.id, body: 'Call the key informant on 70 123 456.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED', postDespitePersonalData: true }),
      ).contribute;
      return as.gql('mutation($input: DecideReviewInput!) { decideReview(input: $input) { id } }', { input: { kind: 'CONTRIBUTION', id: held.id, approve: true } });
    },
  },
  {
    mutation: 'createPersonalDataPattern',
    target: 'new',
    expected: row('U F F F F F F A'),
    run: (w, as) =>
      as.gql('mutation($input: PersonalDataPatternInput!) { createPersonalDataPattern(input: $input) { id } }', {
        input: { name: `Card ${uniqueCode()}`, pattern: '\\bWFP-\\d{6}\\b', label: { en: 'card number', ar: 'رقم البطاقة', fr: 'numéro de carte' } },
      }),
  },
  {
    mutation: 'updatePersonalDataPattern',
    target: "others'",
    expected: row('U F F F F F F A'),
    run: async (w, as) => {
      const created = expectData(
        await w.users.admin.gql<{ createPersonalDataPattern: { id: string; version: number } }>(
          'mutation($input: PersonalDataPatternInput!) { createPersonalDataPattern(input: $input) { id version } }',
          { input: { name: `Card ${uniqueCode()}`, pattern: '\\bIDP-\\d{6}\\b', label: { en: 'card number', ar: 'رقم البطاقة', fr: 'numéro de carte' }, enabled: false } },
        ),
      ).createPersonalDataPattern;
      return as.gql('mutation($input: UpdatePersonalDataPatternInput!) { updatePersonalDataPattern(input: $input) { id } }', { input: { id: created.id, version: created.version, enabled: false, name: `Card ${uniqueCode()}` } });
    },
  },
  ...vocabularyCases(),
  ...accountCases(),
];

const uniqueCode = () => `T${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
const NAMES = { en: 'Test', ar: 'اختبار', fr: 'Essai' };

function vocabularyCases(): Case[] {
  const adminOnly = row('U F F F F F F A');
  const moderators = row('U F F F F F A A');
  const admin = (w: World) => w.users.admin;
  return [
    { mutation: 'createSector', target: 'new', expected: adminOnly, run: (w, as) => as.gql('mutation($i: CreateSectorInput!) { createSector(input: $i) { code } }', { i: { code: uniqueCode(), names: NAMES } }) },
    { mutation: 'updateSector', target: "others'", expected: adminOnly, run: (w, as) => as.gql('mutation { updateSector(code: "ENERGY", input: { aliases: ["Power"] }) { code } }') },
    { mutation: 'setSectorDefaultSensitivity', target: "others'", expected: adminOnly, run: (w, as) => as.gql('mutation { setSectorDefaultSensitivity(code: "ENERGY", level: RESTRICTED) { code } }') },
    { mutation: 'createCohort', target: 'new', expected: adminOnly, run: (w, as) => as.gql('mutation($i: CreateCohortInput!) { createCohort(input: $i) { code } }', { i: { code: uniqueCode(), names: NAMES } }) },
    { mutation: 'updateCohort', target: "others'", expected: adminOnly, run: (w, as) => as.gql('mutation { updateCohort(code: "MIG", input: { aliases: ["Migrant workers"] }) { code } }') },
    {
      mutation: 'createPlace',
      target: 'new',
      expected: adminOnly,
      run: (w, as) => as.gql('mutation($i: CreatePlaceInput!) { createPlace(input: $i) { code } }', { i: { code: `LB51-${uniqueCode()}`, level: 'CADASTRE', parentCode: 'LB51', names: NAMES } }),
    },
    { mutation: 'updatePlace', target: "others'", expected: adminOnly, run: (w, as) => as.gql('mutation { updatePlace(code: "LB61", input: { aliases: ["Sidon", "Saïda"] }) { code } }') },
    { mutation: 'updateEvidenceTypeLabels', target: "others'", expected: adminOnly, run: (w, as) => as.gql('mutation { updateEvidenceTypeLabels(code: "EXPERT_OPINION", input: { names: { en: "Expert opinion" } }) { code } }') },
    { mutation: 'updateOrganisationTypeLabels', target: "others'", expected: adminOnly, run: (w, as) => as.gql('mutation { updateOrganisationTypeLabels(code: DONOR, input: { names: { en: "Donor" } }) { code } }') },
    { mutation: 'createTag', target: 'new', expected: moderators, run: (w, as) => as.gql('mutation($i: CreateTagInput!) { createTag(input: $i) { slug } }', { i: { label: `tag ${uniqueCode()}` } }) },
    {
      mutation: 'updateTag',
      target: "others'",
      expected: moderators,
      run: async (w, as) => {
        const created = expectData(await admin(w).gql<{ createTag: { slug: string } }>('mutation($i: CreateTagInput!) { createTag(input: $i) { slug } }', { i: { label: `tag ${uniqueCode()}` } }));
        return as.gql('mutation($s: String!, $syn: String!) { updateTag(slug: $s, input: { synonyms: [$syn] }) { slug } }', { s: created.createTag.slug, syn: `other name ${uniqueCode()}` });
      },
    },
    {
      mutation: 'mergeTags',
      target: "others'",
      expected: moderators,
      run: async (w, as) => {
        const make = async () => expectData(await admin(w).gql<{ createTag: { slug: string } }>('mutation($i: CreateTagInput!) { createTag(input: $i) { slug } }', { i: { label: `tag ${uniqueCode()}` } })).createTag.slug;
        return as.gql('mutation($a: String!, $b: String!) { mergeTags(sourceSlug: $a, targetSlug: $b) { slug } }', { a: await make(), b: await make() });
      },
    },
  ];
}

function accountCases(): Case[] {
  const adminOnly = row('U F F F F F F A');
  /** A member of an organisation none of the matrix actors belongs to. */
  const stranger = async (w: World) => makers(w.hub).user();
  const ownOrganisationId = (w: World, actor: ActorName) => (actor === 'anonymous' ? w.peer : w.users[actor]).user.organisationId;
  return [
    { mutation: 'createOrganisation', target: 'new', expected: adminOnly, run: (w, as) => as.gql('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', { i: { name: `Org ${uniqueCode()}`, type: 'NATIONAL_NGO' } }) },
    {
      mutation: 'updateOrganisation',
      target: 'own',
      expected: row('U F F F F A F A'),
      run: (w, as, actor) => as.gql('mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }', { i: { id: ownOrganisationId(w, actor), acronym: 'ABC' } }),
    },
    {
      mutation: 'updateOrganisation',
      target: "others'",
      expected: adminOnly,
      run: async (w, as) => as.gql('mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }', { i: { id: (await stranger(w)).user.organisationId, acronym: 'XYZ' } }),
    },
    {
      mutation: 'inviteMember',
      target: 'own',
      expected: row('U F F F F A F A'),
      run: (w, as, actor) =>
        as.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationUrl } }', {
          i: { email: `invitee-${uniqueCode().toLowerCase()}@example.org`, roles: ['CONTRIBUTOR'], organisationId: ownOrganisationId(w, actor) },
        }),
    },
    {
      mutation: 'inviteMember',
      target: "others'",
      expected: adminOnly,
      run: async (w, as) =>
        as.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationUrl } }', {
          i: { email: `invitee-${uniqueCode().toLowerCase()}@example.org`, roles: ['CONTRIBUTOR'], organisationId: (await stranger(w)).user.organisationId },
        }),
    },
    {
      mutation: 'revokeInvitation',
      target: "others'",
      expected: adminOnly,
      run: async (w, as) => {
        const issued = expectData(
          await w.users.admin.gql<{ inviteMember: { invitation: { id: string } } }>('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitation { id } } }', {
            i: { email: `invitee-${uniqueCode().toLowerCase()}@example.org`, roles: ['CONTRIBUTOR'], organisationId: (await stranger(w)).user.organisationId },
          }),
        );
        return as.gql('mutation($id: ID!) { revokeInvitation(invitationId: $id) { id } }', { id: issued.inviteMember.invitation.id });
      },
    },
    { mutation: 'createPasswordResetLink', target: "others'", expected: adminOnly, run: async (w, as) => as.gql('mutation($u: ID!) { createPasswordResetLink(userId: $u) { resetUrl } }', { u: (await stranger(w)).user.id }) },
    { mutation: 'deactivateMember', target: "others'", expected: adminOnly, run: async (w, as) => as.gql('mutation($u: ID!) { deactivateMember(userId: $u) { id } }', { u: (await stranger(w)).user.id }) },
    {
      mutation: 'reactivateMember',
      target: "others'",
      expected: adminOnly,
      run: async (w, as) => {
        const member = await stranger(w);
        expectData(await w.users.admin.gql('mutation($u: ID!) { deactivateMember(userId: $u) { id } }', { u: member.user.id }));
        return as.gql('mutation($u: ID!) { reactivateMember(userId: $u) { id } }', { u: member.user.id });
      },
    },
    {
      mutation: 'setMemberRoles',
      target: "others'",
      expected: adminOnly,
      run: async (w, as) => as.gql('mutation($i: SetMemberRolesInput!) { setMemberRoles(input: $i) { id } }', { i: { userId: (await stranger(w)).user.id, roles: ['ANALYST'] } }),
    },
    { mutation: 'updateProfile', target: 'own', expected: row('U A A A A A A A'), run: (w, as) => as.gql('mutation { updateProfile(input: { language: fr }) { id } }') },
  ];
}

describe('authorization matrix', () => {
  const world = {} as World;

  beforeAll(async () => {
    world.hub = await startTestApp();
    const make = makers(world.hub);
    const entries = await Promise.all(Object.entries(ROLES).map(async ([name, spec]) => [name, await make.user(spec)] as const));
    world.users = Object.fromEntries(entries) as World['users'];
    world.owner = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    world.peer = await make.user({ roles: ['CONTRIBUTOR'] });
  });

  afterAll(async () => {
    await world.hub.close();
  });

  const table = CASES.flatMap((c) => ACTORS.map((actor) => [c.mutation, c.target, actor, c.expected[actor], c] as const));

  it.each(table)('%s on %s objects as %s → %s', async (_mutation, _target, actor, expected, testCase) => {
    const as: Caller = actor === 'anonymous' ? { gql: (q, v) => world.hub.gql(q, v) } : world.users[actor];
    const response = await testCase.run(world, as, actor);
    const outcome: Outcome = !response.errors?.length ? 'A' : errorCode(response) === 'UNAUTHENTICATED' ? 'U' : errorCode(response) === 'FORBIDDEN' ? 'F' : 'A';
    if (response.errors?.length && outcome === 'A') throw new Error(`unexpected error ${JSON.stringify(response.errors)}`);
    expect(outcome).toBe(expected);
  });

  it('covers every mutation of the schema', async () => {
    const introspection = expectData(await world.hub.gql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>('{ __schema { mutationType { fields { name } } } }'));
    const mutations = introspection.__schema.mutationType.fields.map((f) => f.name);
    const covered = new Set([...CASES.map((c) => c.mutation), ...COVERED_ELSEWHERE]);
    expect(mutations.filter((m) => !covered.has(m))).toEqual([]);
  });
});

/** Mutations whose access rules are tested in their own module's spec (named there). */
const COVERED_ELSEWHERE = [
  'signIn', // accounts.spec.ts: public by design
  'refreshSession', // accounts.spec.ts: public, cookie-bound
  'acceptInvitation', // invitations.spec.ts: public, bound to a one-time token
  'requestPasswordReset', // password-reset.spec.ts: public, always answers true
  'resetPassword', // password-reset.spec.ts: public, bound to a one-time token
  'eraseUser', // data-protection/erasure.spec.ts: the user themself or a platform admin
  'reindexSearch', // search/search-sync.spec.ts: platform admins only
  'changePassword', // accounts/profile-and-admin.spec.ts: any signed-in user, for themself (ends the caller's other sessions)
  'signOutEverywhere', // accounts/profile-and-admin.spec.ts: any signed-in user, for themself (ends every session)
];
