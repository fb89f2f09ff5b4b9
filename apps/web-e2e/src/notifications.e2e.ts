import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, saveScreenshot } from './support/browser';
import { createOrganisation, gql, makeUser, type TestUser } from './support/hub-api';
import { seriousAxeViolations, signInThroughForm } from './support/pages';

/** A follower hears about a new question in their sector: the bell counts it, the page lists it, marking it read clears the bell. */
describe('notifications (built web app, real API and database)', () => {
  let browser: Browser;
  let follower: TestUser;
  let lead: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const organisationId = await createOrganisation('Notified NGO', 'NATIONAL_NGO');
    follower = await makeUser({ organisationId, roles: ['CONTRIBUTOR'], displayName: 'Nadia Follower' });
    lead = await makeUser({ organisationId, roles: ['SECTOR_LEAD'], leadSectors: ['ENERGY'], displayName: 'Layla Lead' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows a new question in a followed sector on the bell and the notifications page, and marks it read', async () => {
    await gql('mutation { setFollowing(kind: SECTOR, key: "ENERGY", following: true) }', {}, follower.accessToken);
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, follower);
    expect(await page.getByTestId('notification-count').count()).toBe(0);

    const title = `Why are generator prices rising in Halba? ${Date.now()}`;
    await gql(
      'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { title, body: 'Households report higher generator bills.', purpose: 'To plan cash support for energy.', sectors: ['ENERGY'], sensitivity: 'RESTRICTED', publish: true } },
      lead.accessToken,
    );
    // Fan-out happens after the write returns; wait for it through the API, then load the page (the bell polls once a minute).
    const deadline = Date.now() + 15_000;
    while ((await gql<{ unreadNotificationCount: number }>('query { unreadNotificationCount }', {}, follower.accessToken)).unreadNotificationCount < 1) {
      if (Date.now() > deadline) throw new Error('the notification did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await page.reload();
    await page.getByTestId('notification-count').filter({ hasText: '1' }).waitFor();
    // Let the home page finish loading, so following the bell does not abort its requests.
    await page.waitForLoadState('networkidle');

    await page.getByRole('link', { name: 'Notifications: 1 unread' }).click();
    const item = page.getByTestId('notification-item').filter({ hasText: title });
    await item.waitFor();
    await item.getByText('New question in something you follow').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'notifications-en');

    await item.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByTestId('unread-summary').filter({ hasText: '0 unread' }).waitFor();
    await page.getByTestId('notification-count').waitFor({ state: 'detached' });
    expect(await item.getByRole('button', { name: 'Mark as read' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');

    // The account menu leads to the preferences, which save.
    await page.getByRole('link', { name: 'Notifications settings' }).click();
    await page.getByLabel('A daily digest').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    expect((await gql<{ notificationPreferences: { email: string } }>('query { notificationPreferences { email } }', {}, follower.accessToken)).notificationPreferences.email).toBe('DAILY');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the empty state in Arabic, right to left', async () => {
    const organisationId = await createOrganisation('Quiet NGO', 'NATIONAL_NGO');
    const quiet = await makeUser({ organisationId, roles: ['ANALYST'], displayName: 'Sami Quiet' });
    const { page, problems, context } = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(page, quiet, '/notifications');
    await page.getByText('لا جديد').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await saveScreenshot(page, 'notifications-empty-ar');
    expect(problems).toEqual([]);
    await context.close();
  });
});
