import type { Browser } from 'playwright-core';
import { hubUrl, launchBrowser, openPage } from './support/browser';
import { createOrganisation, makeUser, type TestUser } from './support/hub-api';
import { seriousAxeViolations, signInThroughForm } from './support/pages';

/**
 * "Do no harm", end to end: a question asked through the form as Confidential and shared with one
 * partner organisation is read by that partner's members, and by no one else.
 */
describe('a confidential question shared with one organisation', () => {
  let browser: Browser;
  let lead: TestUser;
  let partner: TestUser;
  let outsider: TestUser;
  const title = 'Which landlords in Zahle evict families after they report abuse?';
  const searchPath = `/search?q=${encodeURIComponent('landlords Zahle evict')}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const agency = await createOrganisation('Protection Working Group Bekaa', 'UN_AGENCY');
    const partnerOrganisation = await createOrganisation('Zahle Legal Aid Centre', 'NATIONAL_NGO');
    const otherOrganisation = await createOrganisation('Tripoli Youth Forum', 'NATIONAL_NGO');
    lead = await makeUser({ organisationId: agency, roles: ['SECTOR_LEAD'], leadSectors: ['PROT'], sectors: ['PROT'], displayName: 'Maya Saad' });
    partner = await makeUser({ organisationId: partnerOrganisation, roles: ['CONTRIBUTOR'], sectors: ['SHELTER'], displayName: 'Joseph Daher' });
    outsider = await makeUser({ organisationId: otherOrganisation, roles: ['CONTRIBUTOR'], sectors: ['SHELTER'], displayName: 'Hiba Ali' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('is asked with the partner ticked; the partner reads it, another organisation gets "not found"', async () => {
    const asking = await openPage(browser);
    await signInThroughForm(asking.page, lead, '/ask');
    const page = asking.page;
    await page.getByLabel('Question', { exact: true }).fill(title);
    await page.getByLabel('Details', { exact: true }).fill('Several partners mention the same landlords.');
    await page.getByLabel('Why this knowledge is needed', { exact: true }).fill('To refer the families to legal aid without exposing them.');
    await page.getByRole('group', { name: 'Sectors', exact: true }).getByRole('checkbox', { name: 'Protection', exact: true }).check();
    await page.getByRole('radio', { name: 'Confidential', exact: true }).check();
    // The organisations to share with load when Confidential is picked.
    await page.getByRole('group', { name: 'Organisations that may read it' }).getByRole('checkbox', { name: 'Zahle Legal Aid Centre' }).check();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publish the question' }).click();
    await page.waitForURL(/\/questions\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const path = new URL(page.url()).pathname;
    expect(asking.problems).toEqual([]);
    await asking.context.close();

    const reading = await openPage(browser);
    await signInThroughForm(reading.page, partner, path);
    await reading.page.getByRole('heading', { level: 1, name: title }).waitFor();
    // The partner finds it by search too: the check below, that the outsider does not, means something.
    await reading.page.goto(hubUrl(searchPath));
    await reading.page.getByRole('link', { name: title }).first().waitFor();
    expect(reading.problems).toEqual([]);
    await reading.context.close();

    const refused = await openPage(browser);
    await signInThroughForm(refused.page, outsider, path);
    await refused.page.getByRole('heading', { level: 1, name: 'Question not found' }).waitFor();
    expect(await refused.page.getByText(title).count()).toBe(0);
    // Nor does search give it away.
    await refused.page.goto(hubUrl(searchPath));
    // Its answer is in once the result count shows (other suites' questions may be found, not this one).
    await refused.page.locator('.search-page__count').waitFor();
    expect(await refused.page.getByText(title).count()).toBe(0);
    await refused.context.close();
  });
});
