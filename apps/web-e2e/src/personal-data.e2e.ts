import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { hubUrl, launchBrowser, openPage, saveScreenshot } from './support/browser';
import { askQuestionAs, createOrganisation, gql, makeUser, type TestUser } from './support/hub-api';
import { seriousAxeViolations, signInThroughForm } from './support/pages';

interface ContributionRead {
  body: string;
  review: string | null;
}

async function contributionsAs(user: TestUser, questionId: string): Promise<ContributionRead[]> {
  const data = await gql<{ question: { contributions: { edges: Array<{ node: ContributionRead }> } } }>(
    'query($id: ID!) { question(id: $id) { contributions(first: 50) { edges { node { body review } } } } }',
    { id: questionId },
    user.accessToken,
  );
  return data.question.contributions.edges.map((edge) => edge.node);
}

async function searchHitsAs(user: TestUser, text: string): Promise<string[]> {
  const data = await gql<{ search: { hits: Array<{ id: string }> } }>('query($input: SearchInput!) { search(input: $input) { hits { id } } }', { input: { text } }, user.accessToken);
  return data.search.hits.map((hit) => hit.id);
}

/** Waits for a condition checked through the API (the search index follows the database through an outbox). */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Do no harm, in a real browser against the built app and API: redact before posting (a
 * contribution in Arabic and a question), the moderators' review queue for what is posted anyway,
 * and the admin page for personal-data patterns.
 */
describe('personal data: redact before posting, review queue, admin patterns', () => {
  let browser: Browser;
  let lead: TestUser;
  let contributor: TestUser;
  let member: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let redactQuestionId: string;
  let reviewQuestionId: string;
  const reviewTitle = 'Why do families near Bebnine stop sending girls to school?';

  beforeAll(async () => {
    browser = await launchBrowser();
    const unAgency = await createOrganisation('UNICEF Lebanon', 'UN_AGENCY');
    const localNgo = await createOrganisation('Akkar Network', 'NATIONAL_NGO');
    lead = await makeUser({ organisationId: unAgency, roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], sectors: ['EDU'], displayName: 'Nour Lead' });
    contributor = await makeUser({ organisationId: localNgo, roles: ['CONTRIBUTOR'], sectors: ['EDU'], displayName: 'Samir Field' });
    member = await makeUser({ organisationId: unAgency, roles: ['ANALYST'], displayName: 'Dana Reader' });
    moderator = await makeUser({ organisationId: unAgency, roles: ['MODERATOR'], displayName: 'Maha Moderator' });
    admin = await makeUser({ organisationId: unAgency, roles: ['PLATFORM_ADMIN'], displayName: 'Omar Admin' });
    const question = { body: 'VASyR shows lower attendance in Akkar.', purpose: 'To plan education outreach.', sectors: ['EDU'], sensitivity: 'RESTRICTED', publish: true };
    redactQuestionId = await askQuestionAs(lead, { ...question, title: 'Why did secondary enrolment drop in Halba this year?' });
    reviewQuestionId = await askQuestionAs(lead, { ...question, title: reviewTitle });
  });

  afterAll(async () => {
    await browser.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('a contributor writing in Arabic sees the UNHCR case number and the phone in Arabic-Indic digits, redacts both and posts', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(page, contributor, `/questions/${redactQuestionId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const text = 'زارت فرقتنا عائلة في حلبا رقم ملفها LEB-13C12345 ويمكن الاتصال بها على ٠٣-١٢٣٤٥٦ عند الحاجة، والبنات لا يذهبن إلى المدرسة بسبب كلفة النقل.';
    const body = page.getByLabel('مساهمتك', { exact: true });
    await body.fill(text);
    await page.getByLabel('من أين تأتي هذه المعلومة؟').selectOption('DIRECT_OBSERVATION');
    await page.getByRole('radio', { name: 'عالية' }).check();
    await page.getByRole('button', { name: 'نشر المساهمة' }).click();

    // Both findings, named in Arabic and marked in the author's own text; nothing was saved.
    const panel = page.getByTestId('personal-data-panel');
    await panel.waitFor();
    await panel.getByText('رقم ملف المفوضية', { exact: true }).waitFor();
    await panel.getByText('رقم هاتف لبناني', { exact: true }).waitFor();
    expect(await panel.locator('mark').allInnerTexts()).toEqual(['LEB-13C12345', '٠٣-١٢٣٤٥٦']);
    expect(await contributionsAs(contributor, redactQuestionId)).toEqual([]);
    await saveScreenshot(page, 'redact-contribution-ar');
    await expectAccessible(page);

    // Redact one, then the rest.
    await panel.getByRole('button', { name: 'احذف هذا: رقم ملف المفوضية «LEB-13C12345»' }).click();
    expect(await panel.locator('mark').allInnerTexts()).toEqual(['٠٣-١٢٣٤٥٦']);
    await panel.getByRole('button', { name: 'احذف الكل' }).click();
    await panel.waitFor({ state: 'detached' });
    const redacted = await body.inputValue();
    expect(redacted).not.toContain('LEB-13C12345');
    expect(redacted).not.toContain('١٢٣٤٥٦');
    expect(redacted).toContain('والبنات لا يذهبن إلى المدرسة');
    await page.getByRole('button', { name: 'نشر المساهمة' }).click();
    await page.getByRole('status').getByText('شكرًا: تم نشر مساهمتك.').waitFor();
    await page.locator('.contribution').getByText('والبنات لا يذهبن إلى المدرسة', { exact: false }).waitFor();

    // What was saved holds no identifier, and it was published (not held).
    const saved = await contributionsAs(member, redactQuestionId);
    expect(saved).toHaveLength(1);
    expect(saved[0].body).toBe(redacted);
    expect(saved[0].review).toBeNull();
    for (const identifier of ['LEB-13C12345', '13C12345', '٠٣-١٢٣٤٥٦', '03-123456', '123456']) expect(saved[0].body).not.toContain(identifier);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a sector lead asking a question redacts a case number found in the (trimmed) title', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, lead, '/ask');
    const title = page.getByLabel('Question', { exact: true });
    // Leading spaces: the form sends the title trimmed, and the API's offsets are into that text.
    await title.fill('   Why was the family of case LEB-13C54321 evicted twice in Zahle?');
    await page.getByLabel('Details', { exact: true }).fill('Field teams report repeated evictions of the same households.');
    await page.getByLabel('Why this knowledge is needed', { exact: true }).fill('To plan legal aid for tenants.');
    await page.getByRole('checkbox', { name: 'Education' }).check();
    await page.getByRole('button', { name: 'Publish the question' }).click();

    const panel = page.getByTestId('personal-data-panel');
    await panel.getByText('UNHCR case number', { exact: true }).waitFor();
    await panel.getByText('in “Question”').waitFor();
    expect(await panel.locator('mark').allInnerTexts()).toEqual(['LEB-13C54321']);
    await saveScreenshot(page, 'redact-question-en');
    await expectAccessible(page);
    await panel.getByRole('button', { name: 'Redact all' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await title.inputValue()).toBe('   Why was the family of case [case number removed] evicted twice in Zahle?');

    await page.getByRole('button', { name: 'Publish the question' }).click();
    await page.waitForURL(/\/questions\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Why was the family of case [case number removed] evicted twice in Zahle?' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const saved = await gql<{ question: { title: string; review: string | null } }>('query($id: ID!) { question(id: $id) { title review } }', { id }, member.accessToken);
    expect(saved.question).toEqual({ title: 'Why was the family of case [case number removed] evicted twice in Zahle?', review: null });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('posted anyway, a contribution waits for a moderator: hidden from other members until approved', async () => {
    const token = `Qobayat${randomBytes(3).toString('hex')}`;
    const text = `Girls in ${token} leave school at 14 for farm work; the mother asked us to call her on 03-987654.`;

    // The contributor posts anyway and sees the contribution as awaiting review.
    const author = await openPage(browser);
    await signInThroughForm(author.page, contributor, `/questions/${reviewQuestionId}`);
    await author.page.getByRole('heading', { level: 1, name: reviewTitle }).waitFor();
    await author.page.getByLabel('Your contribution', { exact: true }).fill(text);
    await author.page.getByLabel('Where does this come from?').selectOption('DIRECT_OBSERVATION');
    await author.page.getByRole('radio', { name: 'Medium' }).check();
    await author.page.getByRole('button', { name: 'Post the contribution' }).click();
    const panel = author.page.getByTestId('personal-data-panel');
    await panel.getByText('Lebanese phone number', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Post anyway (goes to review)' }).click();
    await author.page.getByRole('status').getByText('Posted. A moderator will review it before others can see it.').waitFor();
    const held = author.page.locator('.contribution').filter({ hasText: token });
    await held.getByTestId('review-badge').getByText('Awaiting review').waitFor();
    await saveScreenshot(author.page, 'held-contribution-en');
    expect(author.problems).toEqual([]);
    await author.context.close();
    expect((await contributionsAs(contributor, reviewQuestionId)).map((c) => c.review)).toEqual(['HELD']);

    // Indexed (a moderator finds it), yet another member finds it neither on the page nor by search.
    await eventually('the held contribution is indexed', async () => (await searchHitsAs(moderator, token)).length > 0);
    expect(await searchHitsAs(member, token)).toEqual([]);
    expect(await contributionsAs(member, reviewQuestionId)).toEqual([]);
    const reader = await openPage(browser);
    await signInThroughForm(reader.page, member, `/questions/${reviewQuestionId}`);
    await reader.page.getByRole('heading', { level: 1, name: reviewTitle }).waitFor();
    await reader.page.waitForLoadState('networkidle');
    expect(await reader.page.locator('.contribution').count()).toBe(0);
    expect(await reader.page.getByText(token, { exact: false }).count()).toBe(0);
    await reader.page.goto(hubUrl(`/search?q=${token}`));
    await reader.page.locator('.empty-state').waitFor();
    expect(await reader.page.locator('.search-hit').count()).toBe(0);
    // Let the page finish loading, so leaving it does not abort its requests.
    await reader.page.waitForLoadState('networkidle');

    // The review queue, in Arabic and English, with the finding marked.
    const arabic = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(arabic.page, moderator, '/moderation');
    await arabic.page.getByRole('heading', { level: 1, name: 'قائمة المراجعة' }).waitFor();
    await arabic.page.getByTestId('review-item').filter({ hasText: token }).locator('mark').getByText('03-987654').waitFor();
    expect(await arabic.page.locator('html').getAttribute('dir')).toBe('rtl');
    await saveScreenshot(arabic.page, 'moderation-ar');
    expect(await seriousAxeViolations(arabic.page)).toEqual([]);
    expect(arabic.problems).toEqual([]);
    await arabic.context.close();

    const mod = await openPage(browser);
    await signInThroughForm(mod.page, moderator);
    await mod.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
    await mod.page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const item = mod.page.getByTestId('review-item').filter({ hasText: token });
    // The queue's items arrive after its heading: wait for the item before reading all its marks.
    await item.locator('mark').first().waitFor();
    expect(await item.locator('mark').allInnerTexts()).toEqual(['03-987654']);
    await item.getByText('Found: Lebanese phone number').waitFor();
    await item.getByText('Samir Field').waitFor();
    await saveScreenshot(mod.page, 'moderation-en');
    await expectAccessible(mod.page);
    await item.getByRole('button', { name: 'Approve and publish' }).click();
    await item.waitFor({ state: 'detached' });
    expect(mod.problems).toEqual([]);
    await mod.context.close();

    // Approved: the other member now reads it on the question page and finds it by search.
    expect((await contributionsAs(member, reviewQuestionId)).map((c) => c.review)).toEqual(['APPROVED']);
    await reader.page.goto(hubUrl(`/questions/${reviewQuestionId}`));
    await reader.page.locator('.contribution').getByText(token, { exact: false }).waitFor();
    expect(await reader.page.getByTestId('review-badge').count()).toBe(0);
    await reader.page.waitForLoadState('networkidle');
    await eventually('the approved contribution is searchable by other members', async () => (await searchHitsAs(member, token)).length > 0);
    await reader.page.goto(hubUrl(`/search?q=${token}`));
    await reader.page.locator('.search-hit').first().waitFor();
    await reader.page.waitForLoadState('networkidle');
    expect(reader.problems).toEqual([]);
    await reader.context.close();
  });

  it('a platform admin adds, tests, edits and turns off a personal-data pattern', async () => {
    const name = `Beneficiary card ${randomBytes(2).toString('hex')}`;
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Personal-data patterns' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personal-data patterns' }).waitFor();
    await page.waitForLoadState('networkidle');
    const form = page.getByRole('region', { name: 'Add a pattern' });

    // Required fields are named where they are, before anything is sent.
    await form.getByRole('button', { name: 'Add the pattern' }).click();
    expect(await form.getByText('Fill this in.').count()).toBe(5);

    await form.getByLabel('Name', { exact: true }).fill(name);
    // An unsafe pattern is refused, with the reason in the reader's language.
    const pattern = form.getByLabel('Pattern', { exact: true });
    await pattern.fill('(\\d+)+-');
    await form.getByLabel('Sample text', { exact: true }).fill('Cards BEN-123456 and BEN-654321, but not BEN-12.');
    await form.getByRole('button', { name: 'Test the pattern' }).click();
    await form.getByTestId('pattern-test-result').getByText('A repetition inside a repetition, such as (a+)+, could freeze the hub on long texts.').waitFor();
    await form.getByRole('button', { name: 'Add the pattern' }).click();
    await form.getByText('A repetition inside a repetition, such as (a+)+, could freeze the hub on long texts.').first().waitFor();

    // A safe one: its matches are highlighted in the sample text.
    await pattern.fill('\\bBEN-\\d{6}\\b');
    await form.getByRole('button', { name: 'Test the pattern' }).click();
    const result = form.getByTestId('pattern-test-result');
    await result.getByText('2 matches').waitFor();
    expect(await result.locator('mark').allInnerTexts()).toEqual(['BEN-123456', 'BEN-654321']);
    await form.getByLabel('In English').fill('Beneficiary card number');
    await form.getByLabel('In Arabic').fill('رقم بطاقة المستفيد');
    await form.getByLabel('In French').fill('Numéro de carte de bénéficiaire');
    await saveScreenshot(page, 'admin-personal-data-patterns-form-en');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Add the pattern' }).click();
    await form.getByRole('status').getByText(`“${name}” has been added.`).waitFor();
    const row = page.getByTestId('pattern-row').filter({ hasText: name });
    await row.getByText('On', { exact: true }).waitFor();

    // The guard applies it at once, with its label.
    await expect(
      gql('mutation($input: ContributeInput!) { contribute(input: $input) { id } }', {
        input: { questionId: redactQuestionId, body: 'The card BEN-246810 was lost.', evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'RESTRICTED' },
      }, contributor.accessToken),
    ).rejects.toThrow(/"kind":"CUSTOM".*Beneficiary card number/);

    // The same name twice is refused by the server, next to the field.
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Pattern', { exact: true }).fill('\\bBEN-\\d{7}\\b');
    await form.getByLabel('In English').fill('Long card number');
    await form.getByLabel('In Arabic').fill('رقم بطاقة طويل');
    await form.getByLabel('In French').fill('Numéro de carte long');
    await form.getByRole('button', { name: 'Add the pattern' }).click();
    await form.getByText('another pattern has this name').waitFor();

    // Edit, then turn off.
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Cancel' }) });
    await edit.getByLabel('In English').fill('Beneficiary card');
    await edit.getByRole('button', { name: 'Save' }).click();
    await row.getByText('Beneficiary card', { exact: true }).waitFor();
    await row.getByRole('button', { name: `Turn off ${name}` }).click();
    await row.getByText('Off', { exact: true }).waitFor();
    await saveScreenshot(page, 'admin-personal-data-patterns-en');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();

    const arabic = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(arabic.page, admin, '/admin/personal-data-patterns');
    await arabic.page.getByRole('heading', { level: 1, name: 'أنماط البيانات الشخصية' }).waitFor();
    await arabic.page.getByTestId('pattern-row').filter({ hasText: name }).getByText('معطّل').waitFor();
    await saveScreenshot(arabic.page, 'admin-personal-data-patterns-ar');
    expect(await seriousAxeViolations(arabic.page)).toEqual([]);
    expect(arabic.problems).toEqual([]);
    await arabic.context.close();
  });
});
