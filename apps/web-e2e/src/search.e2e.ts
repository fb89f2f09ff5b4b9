import type { Browser } from 'playwright-core';
import { hubUrl, launchBrowser, openPage, saveScreenshot } from './support/browser';
import { askQuestionAs, createOrganisation, gql, makeUser, signInAsAdmin, type TestUser } from './support/hub-api';
import { seriousAxeViolations, signInThroughForm } from './support/pages';

describe('search page (built web app, real API and search engine)', () => {
  let browser: Browser;
  let analyst: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const organisation = await createOrganisation('WFP Lebanon', 'UN_AGENCY');
    const lead = await makeUser({ organisationId: organisation, roles: ['SECTOR_LEAD'], leadSectors: ['FSA'], displayName: 'Omar Saleh' });
    analyst = await makeUser({ organisationId: organisation, roles: ['ANALYST'], displayName: 'Nour Daher' });
    await askQuestionAs(lead, {
      title: 'Akkar and Zahle have similar assistance coverage; why do their food-insecurity rates differ?',
      body: 'VASyR 2023: food insecurity is higher in Akkar.',
      purpose: 'To adjust food assistance targeting.',
      sectors: ['FSA'],
      places: ['LB51', 'LB25'],
      sensitivity: 'RESTRICTED',
      publish: true,
    });
  });

  afterAll(async () => {
    await browser.close();
  });

  it.each([
    ['en-GB', 'en'],
    ['ar-LB', 'ar'],
  ] as const)('finds a question with highlights and facets (%s)', async (locale, suffix) => {
    const { page, problems, context } = await openPage(browser, { locale });
    await signInThroughForm(page, analyst);
    // The index follows the database through an outbox: retry until the question is searchable.
    for (let attempt = 0; ; attempt += 1) {
      await page.goto(hubUrl('/search?q=food%20insecurity%20Akkar'));
      try {
        await page.locator('.search-hit mark').first().waitFor({ timeout: 3_000 });
        break;
      } catch (error) {
        if (attempt >= 10) {
          await saveScreenshot(page, `search-failed-${suffix}`);
          const status = await gql('{ searchIndexStatus { state indexed total lagMs engine } }', {}, await signInAsAdmin());
          throw new Error(`no highlighted hit (index: ${JSON.stringify(status)}): ${await page.locator('main').innerText()}`, { cause: error });
        }
      }
    }
    await page.locator('.search-facets fieldset').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('food insecurity Akkar');
    await saveScreenshot(page, `search-${suffix}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A query that matches nothing explains what to try.
    await page.goto(hubUrl('/search?q=zzzqqq'));
    await page.locator('.empty-state').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
