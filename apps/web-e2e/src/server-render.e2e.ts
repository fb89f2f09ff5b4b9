import type { Browser } from 'playwright-core';
import { hubUrl, launchBrowser, openPage, saveScreenshot } from './support/browser';
import { askQuestionAs, createOrganisation, gql, makeUser } from './support/hub-api';

/** The raw page as the API sends it, before any script runs. */
async function pageHtml(path: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(hubUrl(path), { headers: { accept: 'text/html', ...headers } });
  expect(response.status).toBe(200);
  return response.text();
}

/**
 * Anonymous visitors to the pages people land on (home, a question, the list, a search) get them
 * rendered on the server: readable before any script runs, then taken over by the app in the
 * browser (hydration) with the same markup. Members get the page rendered in their browser.
 */
describe('pages rendered on the server (built web app and API)', () => {
  let browser: Browser;
  let questionId: string;
  let createdAt: string;
  const title = 'Why did school dropout rise in Baalbek-Hermel </script><script>window.__ssrXss=1</script> after 2023?';

  beforeAll(async () => {
    browser = await launchBrowser();
    const organisation = await createOrganisation('Server render NGO', 'NATIONAL_NGO');
    const lead = await makeUser({ organisationId: organisation, roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], displayName: 'Hala Nasser' });
    questionId = await askQuestionAs(lead, {
      title,
      body: 'VASyR 2024: dropout among **boys aged 12–15** went up; تسرّب الأطفال من المدارس.',
      purpose: 'To target retention support.',
      sectors: ['EDU'],
      sensitivity: 'PUBLIC',
      publish: true,
    });
    const data = await gql<{ question: { createdAt: string } }>('query($id: ID!) { question(id: $id) { createdAt } }', { id: questionId });
    createdAt = data.question.createdAt;
  });

  afterAll(async () => {
    await browser.close();
  });

  it('sends the question in the page itself, in the language the browser asks for', async () => {
    const html = await pageHtml(`/questions/${questionId}`, { 'accept-language': 'ar-LB,ar;q=0.9,en;q=0.5' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('boys aged 12–15');
    // Arabic interface text: the "sign in" link of the header.
    expect(html).toContain('تسجيل الدخول');
    // The state for the browser is data, and the title's `</script>` cannot end its element.
    expect(html).toContain('<script type="application/json" id="hub-server-state">');
    expect(html).not.toContain('</script><script>window.__ssrXss=1');
    // The page's own chunk is named for preloading, beside the entry's.
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/question-page-[\w-]+\.js">/);
  });

  it('is compressed, and marked as depending on the cookie and the language asked for', async () => {
    const response = await fetch(hubUrl('/'), { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/Cookie, Accept-Language/);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(await response.text()).toContain('id="hub-server-state"');
  });

  it('prefers the language the reader chose (its cookie) over the browser’s', async () => {
    const html = await pageHtml('/', { 'accept-language': 'ar', cookie: 'hub_language=fr' });
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('Se connecter');
  });

  it('switches to a choice stored before its cookie existed, and the next page comes in it', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'en-GB' });
    await page.addInitScript(() => {
      if (!localStorage.getItem('hub.language')) localStorage.setItem('hub.language', 'fr');
    });
    const first = await page.goto(hubUrl('/'));
    expect(await first?.text()).toContain('<html lang="en" dir="ltr">');
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect((await context.cookies()).find((cookie) => cookie.name === 'hub_language')?.value).toBe('fr');
    const second = await page.goto(hubUrl(`/questions/${questionId}`));
    expect(await second?.text()).toContain('<html lang="fr" dir="ltr">');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leaves pages to the browser when a session may exist, and on routes it does not render', async () => {
    expect(await pageHtml(`/questions/${questionId}`, { cookie: 'hub_session_hint=1' })).toContain('<div id="root"></div>');
    expect(await pageHtml('/ask')).toContain('<div id="root"></div>');
    expect(await pageHtml('/questions/not-an-id')).toContain('<div id="root"></div>');
  });

  it('is readable without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(hubUrl(`/questions/${questionId}`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('.server-html strong').textContent()).toBe('boys aged 12–15');
    await context.close();
  });

  /**
   * A zone in which the question's creation falls on another day than in UTC, whatever the hour of
   * the run: its date then shows whether the app has taken the page over (UTC+14 from 10:00 UTC,
   * UTC-11 before).
   */
  const zoneOfAnotherDay = () => (new Date(createdAt).getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago');

  it.each([
    ['en-GB', 'en'],
    ['ar-LB', 'ar'],
  ] as const)('is taken over by the app without a mismatch (%s, in a time zone the server cannot know)', async (locale, language) => {
    const timezoneId = zoneOfAnotherDay();
    const { page, problems, context } = await openPage(browser, { locale, timezoneId });
    await page.goto(hubUrl(`/questions/${questionId}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    // After hydration the dates are in the reader's zone, another day than UTC's (the server's).
    // Formatted by the browser's own Intl, as the app does.
    const localDate = await page.evaluate(
      ([date, lang, zone]) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: zone }).format(new Date(date)),
      [createdAt, language, timezoneId] as const,
    );
    await page.locator('.question-summary').getByText(localDate, { exact: true }).waitFor();
    // The app is live: the language switcher re-renders the page in French, with no reload.
    await page.locator('.language-switcher select').selectOption('fr');
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __ssrXss?: unknown }).__ssrXss)).toBeUndefined();
    await saveScreenshot(page, `question-server-rendered-${language}`);
    // A hydration mismatch is reported as a console or page error.
    expect(problems).toEqual([]);
    await context.close();
  });
});
