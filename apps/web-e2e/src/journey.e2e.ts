import type { Browser, Page } from 'playwright-core';
import { hubUrl, launchBrowser, openPage, saveScreenshot } from './support/browser';
import { askQuestionAs, createOrganisation, makeUser, type TestUser } from './support/hub-api';
import { seriousAxeViolations, signInThroughForm } from './support/pages';

/**
 * The hub's main story, in a real browser against the built app and API: a sector lead asks, a
 * contributor answers in Arabic, the lead synthesises and closes, an analyst reads the result.
 */
describe('ask → contribute in Arabic → synthesise → read', () => {
  let browser: Browser;
  let lead: TestUser;
  let contributor: TestUser;
  let analyst: TestUser;
  let questionUrl = '';
  const title = 'Why are evictions rising so fast in Zahle this year?';
  const arabicContribution = 'ارتفعت الإيجارات في زحلة بنحو الثلث منذ الربيع، وأصحاب المنازل يطلبون الدفع بالدولار.';

  beforeAll(async () => {
    browser = await launchBrowser();
    const unAgency = await createOrganisation('UNHCR Lebanon', 'UN_AGENCY');
    const localNgo = await createOrganisation('Amel Association', 'NATIONAL_NGO');
    lead = await makeUser({ organisationId: unAgency, roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'], sectors: ['SHELTER'], displayName: 'Lina Haddad' });
    contributor = await makeUser({ organisationId: localNgo, roles: ['CONTRIBUTOR'], sectors: ['SHELTER'], displayName: 'Rami Khoury' });
    analyst = await makeUser({ organisationId: unAgency, roles: ['ANALYST'], displayName: 'Sara Nasser' });
    // An earlier question the lead should be pointed to while typing a similar title.
    await askQuestionAs(lead, {
      title: 'Are evictions in Zahle linked to rent rises or municipal measures?',
      body: 'VASyR shows more evictions in the Bekaa.',
      purpose: 'To target shelter assistance.',
      sectors: ['SHELTER'],
      sensitivity: 'RESTRICTED',
      publish: true,
    });
  });

  afterAll(async () => {
    await browser.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('a sector lead signs in, sees a similar question while typing, and asks a question', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(hubUrl('/ask'));
    // Protected: anonymous visitors are sent to sign in, then back.
    await page.waitForURL(/\/sign-in\?next=%2Fask/);
    await saveScreenshot(page, 'sign-in-en');
    await expectAccessible(page);
    await page.locator('input[name="email"]').fill(lead.email);
    await page.locator('input[name="password"]').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The e-mail address or the password is not right.').waitFor();
    await page.locator('input[name="password"]').fill(lead.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/ask$/);
    await page.getByTestId('viewer-name').getByText('Lina Haddad').waitFor();

    await page.getByLabel('Question', { exact: true }).fill(title);
    await page.getByRole('heading', { name: 'Similar questions already asked' }).waitFor();
    await page.getByRole('link', { name: 'Are evictions in Zahle linked to rent rises or municipal measures?' }).waitFor();

    await page.getByLabel('Details', { exact: true }).fill('VASyR 2023 shows evictions doubling in **Zahle**.\n\nWe need to know why.');
    await page.getByLabel('Why this knowledge is needed', { exact: true }).fill('To plan rental support and legal aid for 2025.');
    await page.getByLabel('Assessment', { exact: true }).fill('VASyR');
    await page.getByRole('checkbox', { name: 'Shelter' }).check();
    // The place picker finds Zahle by its Arabic name.
    await page.getByRole('combobox', { name: 'Places' }).fill('زحلة');
    await page.getByRole('option', { name: /Zahle/ }).click();
    await page.getByRole('list', { name: 'Chosen: Places' }).getByText(/Zahle/).waitFor();
    await saveScreenshot(page, 'ask-en');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publish the question' }).click();

    await page.waitForURL(/\/questions\/[^/]+$/);
    questionUrl = page.url();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('list', { name: 'Sectors' }).getByText('Shelter').waitFor();
    await page.getByText('Open', { exact: true }).first().waitFor();
    await saveScreenshot(page, 'question-open-en');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a contributor signs in with the Arabic interface and contributes in Arabic, anonymously', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(page, contributor);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await saveScreenshot(page, 'home-signed-in-ar');
    await page.goto(questionUrl);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('list', { name: 'القطاعات' }).getByText('المأوى').waitFor();

    await page.getByLabel('مساهمتك', { exact: true }).fill(arabicContribution);
    await page.getByLabel('من أين تأتي هذه المعلومة؟').selectOption('FOCUS_GROUP_DISCUSSION');
    // Knowledge from people: the form asks how it was gathered.
    await page.getByLabel('كيف جُمعت؟').selectOption('INFORMED_CONSENT');
    await page.getByRole('radio', { name: 'عالية' }).check();
    await page.getByRole('combobox', { name: 'الأماكن' }).fill('Zahle');
    await page.getByRole('option', { name: /زحلة/ }).click();
    await page.getByRole('checkbox', { name: 'المساهمة دون الكشف عن الهوية' }).check();
    await page.getByRole('button', { name: 'نشر المساهمة' }).click();

    await page.getByRole('status').getByText('شكرًا: تم نشر مساهمتك.').waitFor();
    await page.locator('.contribution').getByText(arabicContribution).waitFor();
    await page.locator('.contribution').getByText('نقاش مجموعة مركّزة').waitFor();
    await saveScreenshot(page, 'question-contributed-ar');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the lead synthesises citing the contribution, and closes the question', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, lead, new URL(questionUrl).pathname);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // Anonymous to peers, shown as organisation type and governorate.
    await page.locator('.contribution').getByText(/Anonymous: National/).waitFor();
    await page.getByRole('button', { name: 'Write a synthesis' }).click();
    await page.getByLabel('Synthesis', { exact: true }).fill('Rents rose by a third and landlords ask for dollars: evictions follow arrears.');
    await page.getByRole('checkbox', { name: /Contribution 1/ }).check();
    await saveScreenshot(page, 'synthesis-editor-en');
    await page.getByRole('button', { name: 'Publish the synthesis' }).click();
    await page.getByRole('heading', { name: 'Synthesis', exact: true }).waitFor();
    await page.getByText('Closed', { exact: true }).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an analyst finds the question with an Arabic query and a sector facet, and opens it from a shared search URL', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, analyst);
    const hit = page.locator('.search-hit').filter({ hasText: title }).first();
    // The index follows the database through an outbox: ask again until the contribution is searchable.
    for (let attempt = 0; ; attempt += 1) {
      await page.goto(hubUrl(`/search?q=${encodeURIComponent('الإيجارات زحلة')}`));
      try {
        await hit.waitFor({ timeout: 3_000 });
        break;
      } catch (error) {
        if (attempt >= 10) throw new Error(`the Arabic query found nothing: ${await page.locator('main').innerText()}`, { cause: error });
      }
    }
    // The facet is controlled by the URL, so it shows checked once the navigation it starts is done.
    const shelter = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: /Shelter/ });
    await shelter.click();
    await page.waitForURL((url) => url.searchParams.getAll('sector').includes('SHELTER'));
    await page.waitForFunction(() => (document.getElementById('facet-sector-SHELTER') as HTMLInputElement | null)?.checked === true);
    await hit.waitFor();
    const sharedUrl = page.url();
    const results = await page.locator('.search-hit__title').allInnerTexts();
    expect(results).toContain(title);
    await saveScreenshot(page, 'search-arabic-query-en');
    expect(problems).toEqual([]);
    await context.close();

    // The URL is passed on: a fresh browser (here in Arabic) shows the same search and the same results.
    const shared = await openPage(browser, { locale: 'ar-LB' });
    const { pathname, search } = new URL(sharedUrl);
    await signInThroughForm(shared.page, analyst, `${pathname}${search}`);
    expect(shared.page.url()).toBe(sharedUrl);
    await shared.page.locator('.search-hit').filter({ hasText: title }).first().waitFor();
    expect(await shared.page.locator('.search-box input[type="search"]').inputValue()).toBe('الإيجارات زحلة');
    expect(await shared.page.getByRole('group', { name: 'القطاع' }).getByRole('checkbox', { name: /المأوى/ }).isChecked()).toBe(true);
    expect(await shared.page.locator('.search-hit__title').allInnerTexts()).toEqual(results);
    await saveScreenshot(shared.page, 'search-shared-ar');
    expect(await seriousAxeViolations(shared.page)).toEqual([]);
    await shared.page.locator('.search-hit').filter({ hasText: title }).first().getByRole('link').click();
    await shared.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(shared.problems).toEqual([]);
    await shared.context.close();
  });

  it('an analyst opens the closed question and follows the citation to the contribution', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, analyst, new URL(questionUrl).pathname);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Rents rose by a third and landlords ask for dollars').waitFor();
    await page.getByRole('link', { name: 'Contribution 1' }).click();
    expect(page.url()).toMatch(/#contribution-/);
    expect(await page.getByRole('button', { name: 'Post the contribution' }).count()).toBe(0);
    await saveScreenshot(page, 'question-closed-en');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the closed question to an Arabic reader, right to left', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(page, analyst, new URL(questionUrl).pathname);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: 'التوليف', exact: true }).waitFor();
    await saveScreenshot(page, 'question-closed-ar');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the home page and the questions list, in English and Arabic, to anonymous visitors', async () => {
    for (const [locale, suffix] of [['en-GB', 'en'], ['ar-LB', 'ar']] as const) {
      const { page, problems, context } = await openPage(browser, { locale });
      await page.goto(hubUrl('/'));
      await page.locator('#home-open').waitFor();
      await saveScreenshot(page, `home-${suffix}`);
      await expectAccessible(page);
      // Anonymous visitors see public questions only: the journey's are restricted to members.
      await page.goto(hubUrl('/questions?status=CLOSED'));
      await page.locator('.questions-page [role="status"]').waitFor();
      await saveScreenshot(page, `questions-${suffix}`);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
