import { linksOf, mailTo, ReceivedMail, waitForMail } from '../testing/mailbox';
import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';
import { SchedulerService } from '../scheduler/scheduler.service';
import { DAILY_DIGEST_JOB, INSTANT_MAIL_JOB } from './notification-delivery.service';
import { CLOSING_REMINDERS_JOB, NotificationsFanout, NOTIFICATION_RETRY_FIRST_MS, NOTIFICATION_SWEEP_JOB } from './notifications-fanout.service';

/**
 * Every event, end to end: a write through GraphQL, the notifications in-app, and the e-mails that
 * the harness's real SMTP server received (language, direction, parts, links, unsubscribe), never
 * about content above the recipient's access and never naming an anonymous contributor.
 */
const FEED = `query { unreadNotificationCount notifications(first: 50) { totalCount edges { node { id kind readAt synthesisVersion closesAt
  question { id title } contribution { id author { anonymous organisationType governorate user { displayName } } } } } } }`;

interface Feed {
  unreadNotificationCount: number;
  notifications: {
    totalCount: number;
    edges: Array<{ node: { id: string; kind: string; readAt: string | null; question: { id: string; title: string } | null; contribution: { id: string; author: { user: { displayName: string } | null } } | null } }>;
  };
}

describe('notifications and e-mail', () => {
  let hub: TestApp;
  let make: ReturnType<typeof makers>;
  let lead: SignedInUser;
  // A minute window of its own for each scheduled run in this file.
  let clock = Date.UTC(2031, 0, 6, 0, 0);
  const nextWindow = () => new Date((clock += 24 * 3_600_000));

  const feed = async (as: SignedInUser) => expectData(await as.gql<Feed>(FEED));
  const settle = () => hub.app.get(NotificationsFanout).settled();
  const runJob = (job: string) => hub.app.get(SchedulerService).tick(job, nextWindow());
  const setCadence = async (as: SignedInUser, email: string) => expectData(await as.gql('mutation($e: EmailCadence!) { updateNotificationPreferences(input: { email: $e }) { email } }', { e: email }));
  const setLanguage = async (as: SignedInUser, language: string) => expectData(await as.gql('mutation($l: Language!) { updateProfile(input: { language: $l }) { id } }', { l: language }));
  const follower = async (language: string, extra: Parameters<typeof make.user>[0] = {}) => {
    const user = await make.user(extra);
    await setLanguage(user, language);
    await setCadence(user, 'INSTANT');
    return user;
  };
  const ask = async (title: string, extra: Record<string, unknown> = {}) =>
    expectData(await ops.askQuestion(lead, { title, body: 'Households say rents went up.', purpose: 'To plan shelter support.', sectors: ['SHELTER'], sensitivity: 'RESTRICTED', publish: true, ...extra })).askQuestion;
  /** What the user's mailbox got that mentions `text`, after the instant-mail job ran. */
  const mailAbout = async (user: SignedInUser, text: string) => (await mailTo(user.user.email ?? '')).filter((m) => m.text.includes(text) || m.subject.includes(text));
  const localUrl = (link: string) => link.replace('http://localhost:3000', hub.url);

  beforeAll(async () => {
    hub = await startTestApp();
    make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] });
  });

  afterAll(async () => {
    await hub.close();
  });

  it('tells followers of a sector about a new question, in-app and by e-mail in their language', async () => {
    const en = await follower('en');
    const ar = await follower('ar');
    const fr = await follower('fr');
    for (const user of [en, ar, fr]) expectData(await ops.setFollowing(user, 'SECTOR', 'SHELTER'));
    const question = await ask('Why do evictions rise in Tripoli this winter?');
    await settle();

    for (const user of [en, ar, fr]) {
      const seen = await feed(user);
      expect(seen.unreadNotificationCount).toBe(1);
      expect(seen.notifications.edges.map((e) => [e.node.kind, e.node.question?.id])).toEqual([['QUESTION_OPENED', question.id]]);
    }
    expect((await feed(lead)).unreadNotificationCount).toBe(0);

    expect(await runJob(INSTANT_MAIL_JOB)).toMatchObject({ emails: 3 });
    const [mailEn] = await mailAbout(en, question.title);
    const [mailAr] = await mailAbout(ar, question.title);
    const [mailFr] = await mailAbout(fr, question.title);
    expect(mailEn.subject).toBe(`New question: ${question.title}`);
    expect(mailFr.subject).toBe(`Nouvelle question : ${question.title}`);
    expect(mailAr.subject).toBe(`سؤال جديد: ${question.title}`);
    expect(mailAr.html).toContain('<html lang="ar" dir="rtl">');
    expect(mailAr.html).toContain('dir="rtl" lang="ar"');
    expect(mailEn.html).toContain('<html lang="en" dir="ltr">');
    for (const mail of [mailEn, mailAr, mailFr]) {
      expect(mail.text.length).toBeGreaterThan(50);
      expect(mail.html).toContain('</html>');
      expect(linksOf(mail.html)).toContain(`http://localhost:3000/questions/${question.id}`);
      expect(mail.text).toContain(`http://localhost:3000/questions/${question.id}`);
      expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/email\/unsubscribe\?token=/);
      expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    }
    // The question's link really opens the question.
    expect(expectData(await ops.questionPage(en, question.id)).question.title).toBe(question.title);
  });

  it('never tells anyone about a confidential or strictly confidential question they may not read', async () => {
    const outsider = await follower('en');
    const washMember = await follower('en', { sectors: ['WASH'] });
    const named = await follower('en');
    for (const user of [outsider, washMember, named]) expectData(await ops.setFollowing(user, 'SECTOR', 'SHELTER'));
    const confidential = await ask('Which landlords evict families in Bebnine?', { sensitivity: 'CONFIDENTIAL', access: { sectors: ['WASH'] } });
    const strict = await ask('Which shelters hide survivors in Akkar?', { sensitivity: 'STRICTLY_CONFIDENTIAL', access: { users: [named.user.id] } });
    await settle();
    await runJob(INSTANT_MAIL_JOB);

    const idsOf = async (user: SignedInUser) => (await feed(user)).notifications.edges.map((e) => e.node.question?.id);
    expect(await idsOf(outsider)).toEqual([]);
    expect(await idsOf(washMember)).toEqual([confidential.id]);
    expect(await idsOf(named)).toEqual([strict.id]);
    expect(await mailAbout(outsider, 'landlords')).toEqual([]);
    expect(await mailAbout(outsider, 'shelters hide')).toEqual([]);
    expect(await mailAbout(washMember, 'shelters hide')).toEqual([]);
    expect(await mailAbout(washMember, 'landlords')).toHaveLength(1);
    expect(await mailAbout(named, 'shelters hide')).toHaveLength(1);
  });

  it('checks access again when it shows or e-mails: a question made stricter since is dropped', async () => {
    const daily = await follower('en');
    await setCadence(daily, 'DAILY');
    expectData(await ops.setFollowing(daily, 'SECTOR', 'SHELTER'));
    const question = await ask('Do rent rises follow municipal measures in Zahle?');
    await settle();
    expect((await feed(daily)).unreadNotificationCount).toBe(1);
    const current = expectData(await ops.questionPage(lead, question.id)).question;
    expectData(await ops.updateQuestion(lead, { id: question.id, version: current.version, sensitivity: 'STRICTLY_CONFIDENTIAL', access: { users: [lead.user.id] } }));
    expect(await feed(daily)).toMatchObject({ unreadNotificationCount: 0, notifications: { totalCount: 0 } });
    await runJob(DAILY_DIGEST_JOB);
    expect(await mailAbout(daily, 'municipal measures')).toEqual([]);
  });

  it('tells followers and the asker about a contribution, keeping an anonymous contributor anonymous', async () => {
    const secret = { name: 'Rima Haddad-Khoury', org: 'Akkar Quiet Helpers' };
    const watcher = await follower('fr');
    const question = await ask('Who lends to households in Akkar, and at what cost?', { sensitivity: 'PUBLIC' });
    expectData(await ops.setFollowing(watcher, 'QUESTION', question.id));
    await setCadence(lead, 'INSTANT');
    const anonOrg = await make.organisation({ name: secret.org, type: 'NATIONAL_NGO' });
    const anonymous = await make.user({ organisation: anonOrg, displayName: secret.name });
    const contribution = expectData(
      await ops.contribute(anonymous, { questionId: question.id, body: 'Shops give **credit** to families they know.', places: ['LB51'], evidenceType: 'DIRECT_OBSERVATION', confidence: 'MEDIUM', language: 'en', sensitivity: 'PUBLIC', anonymous: true }),
    ).contribute;
    await settle();

    const seen = await feed(watcher);
    expect(seen.notifications.edges[0].node).toMatchObject({ kind: 'CONTRIBUTION_ADDED', contribution: { id: contribution.id, author: { user: null } } });
    expect(JSON.stringify(seen)).not.toContain(secret.name);
    expect((await feed(lead)).notifications.edges[0].node.contribution?.author.user?.displayName).toBe(secret.name);

    await runJob(INSTANT_MAIL_JOB);
    const [mail] = await mailAbout(watcher, 'credit');
    expect(mail.subject).toBe(`Nouvelle contribution : ${question.title}`);
    expect(mail.html).toContain('<strong>credit</strong>');
    for (const part of [mail.raw, mail.text, mail.html, mail.subject]) {
      expect(part).not.toContain(secret.name);
      expect(part).not.toContain(secret.org);
      expect(part).not.toContain(anonymous.user.email);
    }
    expect(mail.text).toContain('Akkar');
    // The question's lead may know who it was, as on the question page.
    const [leadMail] = await mailAbout(lead, 'credit');
    expect(leadMail.text).toContain(secret.name);
  });

  it('announces a published synthesis and reminds before the discussion closes, once per deadline', async () => {
    const watcher = await follower('en');
    const closesAt = new Date(Date.now() + 2 * 24 * 3_600_000).toISOString();
    const question = await ask('What drives moves into informal settlements in the Bekaa?', { closesAt });
    expectData(await ops.setFollowing(watcher, 'QUESTION', question.id));
    await hub.app.get(SchedulerService).tick(CLOSING_REMINDERS_JOB, new Date());
    await hub.app.get(SchedulerService).tick(CLOSING_REMINDERS_JOB, new Date(Date.now() + 3_600_000));
    const current = expectData(await ops.questionPage(lead, question.id)).question;
    expectData(await ops.publishSynthesis(lead, { questionId: question.id, version: current.version, body: 'Rents and **debt** push families out.', citedContributions: [] }));
    await settle();
    const kinds = (await feed(watcher)).notifications.edges.map((e) => e.node.kind);
    expect(kinds.sort()).toEqual(['DISCUSSION_CLOSING', 'SYNTHESIS_PUBLISHED']);

    await runJob(INSTANT_MAIL_JOB);
    const mails = await mailAbout(watcher, question.title);
    expect(mails.map((m) => m.subject).sort()).toEqual([`Closes ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(closesAt))}: ${question.title}`, `Synthesis published: ${question.title}`].sort());
    expect(mails.find((m) => m.subject.startsWith('Synthesis'))?.html).toContain('<strong>debt</strong>');
  });

  it('tells members of an invited organisation and sector that their knowledge is wanted', async () => {
    const invitedOrg = await make.organisation();
    const orgMember = await follower('en', { organisation: invitedOrg });
    const sectorMember = await follower('ar', { sectors: ['PROT'] });
    const bystander = await follower('en');
    const question = await ask('Are evictions linked to tensions with host communities?', { invitedOrganisations: [invitedOrg.id], invitedSectors: ['PROT'] });
    await settle();
    for (const user of [orgMember, sectorMember]) expect((await feed(user)).notifications.edges.map((e) => [e.node.kind, e.node.question?.id])).toEqual([['QUESTION_INVITATION', question.id]]);
    expect((await feed(bystander)).notifications.totalCount).toBe(0);
    await runJob(INSTANT_MAIL_JOB);
    expect((await mailAbout(sectorMember, question.title))[0].subject).toBe(`معرفتك مطلوبة: ${question.title}`);
  });

  it('marks notifications read by id or all at once, only the viewer’s own', async () => {
    const reader = await follower('en');
    const other = await follower('en');
    for (const user of [reader, other]) expectData(await ops.setFollowing(user, 'SECTOR', 'SHELTER'));
    await ask('Is overcrowding rising in Saida?');
    await ask('Is overcrowding rising in Sour?');
    await settle();
    const [first, second] = (await feed(reader)).notifications.edges.map((e) => e.node.id);
    const othersId = (await feed(other)).notifications.edges[0].node.id;
    const mark = (as: SignedInUser, variables: Record<string, unknown>) => as.gql<{ markNotificationsRead: number }>('mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }', variables);
    expect(expectData(await mark(reader, { ids: [first, othersId] })).markNotificationsRead).toBe(1);
    expect((await feed(other)).unreadNotificationCount).toBe(2);
    expect((await feed(reader)).unreadNotificationCount).toBe(1);
    expect(errorCode(await mark(reader, {}))).toBe('VALIDATION_FAILED');
    expect(expectData(await mark(reader, { all: true })).markNotificationsRead).toBe(1);
    const after = await feed(reader);
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.edges.find((e) => e.node.id === second)?.node.readAt).not.toBeNull();
  });

  it('unsubscribes with one click from the e-mail link, without signing in; forged links change nothing', async () => {
    const user = await follower('ar');
    expectData(await ops.setFollowing(user, 'SECTOR', 'SHELTER'));
    await ask('Why do families leave collective shelters in Baalbek?');
    await settle();
    await runJob(INSTANT_MAIL_JOB);
    const [mail] = await mailAbout(user, 'collective shelters');
    const link = linksOf(mail.html).find((href) => href.includes('/email/unsubscribe'));
    expect(link).toBeDefined();
    expect(mail.text).toContain(link);

    const forged = await fetch(`${hub.url}/email/unsubscribe?token=${user.user.id}.AAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(forged.status).toBe(400);
    const cadence = async () => expectData(await user.gql<{ notificationPreferences: { email: string } }>('query { notificationPreferences { email } }')).notificationPreferences.email;
    expect(await cadence()).toBe('INSTANT');

    const page = await fetch(localUrl(link ?? ''));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('dir="rtl"');
    expect(await cadence()).toBe('OFF');

    // RFC 8058: mail clients POST to the List-Unsubscribe address.
    await setCadence(user, 'WEEKLY');
    const header = mail.headers['list-unsubscribe'].slice(1, -1);
    const post = await fetch(localUrl(header), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(post.status).toBe(200);
    expect(await cadence()).toBe('OFF');

    await ask('Why do families leave collective shelters in Hermel?');
    await settle();
    await runJob(INSTANT_MAIL_JOB);
    expect(await mailAbout(user, 'Hermel')).toEqual([]);
    expect((await feed(user)).unreadNotificationCount).toBe(2);
  });

  it('sends daily digests once with every pending notification, and nothing when there is none', async () => {
    const digestReader = await follower('fr');
    await setCadence(digestReader, 'DAILY');
    expectData(await ops.setFollowing(digestReader, 'SECTOR', 'SHELTER'));
    await ask('Are shelter repairs reaching Minieh-Dennie?');
    await ask('Are shelter repairs reaching Zgharta?');
    await settle();
    await runJob(INSTANT_MAIL_JOB);
    expect(await mailTo(digestReader.user.email ?? '')).toEqual([]);
    await runJob(DAILY_DIGEST_JOB);
    await runJob(DAILY_DIGEST_JOB);
    const digests = await mailTo(digestReader.user.email ?? '');
    expect(digests.map((m: ReceivedMail) => m.subject)).toEqual(['Votre résumé quotidien du Knowledge Hub (2)']);
    expect(digests[0].text).toContain('Minieh-Dennie');
    expect(digests[0].text).toContain('Zgharta');
  });

  it('recovers notifications a crash lost between the write and the fan-out, from the content itself', async () => {
    const watcher = await follower('en');
    expectData(await ops.setFollowing(watcher, 'SECTOR', 'SHELTER'));
    // The write happens while this instance's hint handling is off, as if it crashed right after.
    const fanout = hub.app.get(NotificationsFanout);
    const hints = (fanout as unknown as { hinted: { question: Set<string> } }).hinted.question;
    const add = hints.add.bind(hints);
    hints.add = () => hints;
    try {
      await ask('Do evictions follow the end of the school year?');
      await settle();
      expect((await feed(watcher)).unreadNotificationCount).toBe(0);
    } finally {
      hints.add = add;
    }
    await hub.app.get(SchedulerService).tick(NOTIFICATION_SWEEP_JOB, new Date());
    expect((await feed(watcher)).notifications.edges.map((e) => e.node.question?.title)).toEqual(['Do evictions follow the end of the school year?']);
  });

  it('tries a write’s notifications again soon when handling them failed, without waiting for the sweep', async () => {
    const watcher = await follower('en');
    expectData(await ops.setFollowing(watcher, 'SECTOR', 'SHELTER'));
    const fanout = hub.app.get(NotificationsFanout);
    // The first attempt fails as if the database were briefly away.
    const failOnce = jest.spyOn(fanout as unknown as { handleHint: () => Promise<void> }, 'handleHint').mockRejectedValueOnce(new Error('database unavailable'));
    try {
      await ask('Did the rent rise follow the exchange rate?');
      await settle();
      expect(failOnce).toHaveBeenCalledTimes(1);
      expect((await feed(watcher)).unreadNotificationCount).toBe(0);
      const deadline = Date.now() + 4 * NOTIFICATION_RETRY_FIRST_MS;
      while ((await feed(watcher)).unreadNotificationCount === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await feed(watcher)).notifications.edges.map((e) => e.node.question?.title)).toEqual(['Did the rent rise follow the exchange rate?']);
      expect(failOnce.mock.calls.length).toBeGreaterThanOrEqual(2);
    } finally {
      failOnce.mockRestore();
    }
  });

  it('e-mails invitations and password resets in the recipient’s language with working links', async () => {
    const admin = await make.user({ roles: ['PLATFORM_ADMIN'] });
    const email = `invitee-${Date.now()}@example.org`;
    const issued = expectData(
      await admin.gql<{ inviteMember: { invitationUrl: string } }>('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationUrl } }', { i: { email, roles: ['CONTRIBUTOR'], language: 'ar' } }),
    ).inviteMember;
    const invitation = await waitForMail(email);
    expect(invitation.subject).toBe('أنت مدعو إلى منصة المعرفة');
    expect(invitation.html).toContain('dir="rtl"');
    expect(linksOf(invitation.html)).toContain(issued.invitationUrl);
    const token = issued.invitationUrl.split('/').pop();
    expect(expectData(await hub.gql<{ invitationPreview: { email: string } }>('query($t: String!) { invitationPreview(token: $t) { email } }', { t: token })).invitationPreview.email).toBe(email);

    const member = await make.user();
    expectData(await hub.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e }) }', { e: member.user.email }));
    const reset = await waitForMail(member.user.email ?? '', (m) => m.subject === 'Reset your Knowledge Hub password');
    const resetLink = linksOf(reset.html).find((href) => href.includes('/reset-password/'));
    expect(reset.text).toContain(resetLink);
    const resetToken = resetLink?.split('/').pop();
    expectData(await hub.gql('mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }', { t: resetToken, p: 'a brand new passphrase' }));
  });
});
