import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, saveScreenshot } from './support/browser';
import { createOrganisation, makeUser, type TestUser } from './support/hub-api';
import { seriousAxeViolations, signInThroughForm } from './support/pages';

/** The admin area, the organisation page and the profile page, in a real browser against the built app and API. */
describe('admin area, organisation page and profile', () => {
  let browser: Browser;
  let organisationId: string;
  let admin: TestUser;
  let orgAdmin: TestUser;
  let member: TestUser;
  let colleague: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    organisationId = await createOrganisation('Caritas Lebanon', 'NATIONAL_NGO');
    admin = await makeUser({ organisationId, roles: ['PLATFORM_ADMIN'], displayName: 'Maya Saab' });
    orgAdmin = await makeUser({ organisationId, roles: ['ORGANISATION_ADMIN'], displayName: 'Karim Aoun' });
    member = await makeUser({ organisationId, roles: ['CONTRIBUTOR'], displayName: 'Hala Frem' });
    colleague = await makeUser({ organisationId, roles: ['CONTRIBUTOR'], displayName: 'Fadi Nassar' });
  });

  afterAll(async () => {
    await browser.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('keeps the admin area to platform admins', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, member, '/admin');
    await page.getByRole('heading', { level: 1, name: 'Not available to you' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('vocabularies: a place found by its Arabic name gets an alias; one tag is merged into another after a confirmation', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await saveScreenshot(page, 'admin-en');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Places' }).click();
    await page.getByRole('heading', { level: 1, name: 'Places' }).waitFor();
    await page.getByRole('button', { name: 'Hide places in Lebanon' }).waitFor();
    await page.getByRole('searchbox', { name: 'Find a place' }).fill('صيدا');
    await page.getByRole('list', { name: 'Places found' }).getByRole('button', { name: /Saida/ }).click();
    const aliases = page.getByLabel('Aliases');
    await aliases.fill(`${await aliases.inputValue()}\nSaida old town`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await saveScreenshot(page, 'admin-places-en');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Tags' }).click();
    const newTag = page.getByRole('region', { name: 'Add a tag' });
    for (const label of ['Child labour e2e', 'Working children e2e']) {
      await newTag.getByLabel('Label').fill(label);
      await newTag.getByRole('button', { name: 'Add the tag' }).click();
      await newTag.getByRole('status').getByText(`“${label}” has been added.`).waitFor();
    }
    await page.getByRole('searchbox', { name: 'Find tags' }).fill('Working children');
    await page.getByTestId('tag-child-labour-e2e').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Merge Working children e2e into another tag' }).click();
    await page.getByRole('searchbox', { name: 'Merge “Working children e2e” into' }).fill('Child');
    await page.getByRole('list', { name: 'Tags to merge into' }).getByRole('button', { name: 'Child labour e2e' }).click();
    await page.getByText('“Working children e2e” will disappear from tag lists and become a synonym of “Child labour e2e”. This cannot be undone.').waitFor();
    await saveScreenshot(page, 'admin-tags-merge-en');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Merge the tags' }).click();
    // The old label now finds the tag it was merged into, as a synonym.
    await page.getByTestId('tag-child-labour-e2e').getByText('Working children e2e', { exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Sectors' }).click();
    await page.getByRole('combobox', { name: 'Default sensitivity of Shelter' }).waitFor();
    await saveScreenshot(page, 'admin-sectors-en');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('users and organisations: search, change roles, invite with a one-time link', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, admin, '/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('searchbox', { name: 'Name or e-mail' }).fill('Hala Frem');
    await page.getByRole('button', { name: 'Manage Hala Frem' }).click();
    const roles = page.getByRole('region', { name: 'Roles of Hala Frem' });
    await roles.getByRole('checkbox', { name: 'Analyst' }).check();
    await roles.getByRole('button', { name: 'Save the roles' }).click();
    await roles.getByRole('status').getByText('Saved.').waitFor();
    await page.locator('tr', { has: page.getByRole('rowheader', { name: 'Hala Frem' }) }).getByText('Contributor, Analyst').waitFor();

    const invite = page.getByRole('region', { name: 'Invite someone' });
    await invite.getByLabel('E-mail address').fill(`new-member-${Date.now()}@hub.test`);
    await invite.getByLabel('Organisation', { exact: true }).selectOption(organisationId);
    await invite.getByRole('button', { name: 'Create the invitation' }).click();
    expect(await invite.getByTestId('one-time-link').inputValue()).toMatch(/\/invitation\/[\w-]+$/);
    await saveScreenshot(page, 'admin-users-en');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('searchbox', { name: 'Find an organisation' }).fill('Caritas');
    await page.getByRole('row', { name: /Caritas Lebanon/ }).first().waitFor();
    await saveScreenshot(page, 'admin-organisations-en');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the admin pages in Arabic, right to left', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(page, admin, '/admin');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: 'الإدارة' }).waitFor();
    await saveScreenshot(page, 'admin-ar');
    await expectAccessible(page);
    for (const [path, heading, name] of [
      ['/admin/places', 'الأماكن', 'admin-places-ar'],
      ['/admin/users', 'المستخدمون', 'admin-users-ar'],
      ['/admin/tags', 'الوسوم', 'admin-tags-ar'],
    ] as const) {
      await page.getByRole('navigation', { name: 'الإدارة' }).getByRole('link', { name: heading }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.loading-state').waitFor({ state: 'detached' });
      expect(new URL(page.url()).pathname).toBe(path);
      await saveScreenshot(page, name);
      await expectAccessible(page);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the organisation admin invites a member and changes roles only within what they may grant', async () => {
    for (const [locale, suffix] of [['en-GB', 'en'], ['ar-LB', 'ar']] as const) {
      const { page, problems, context } = await openPage(browser, { locale });
      await signInThroughForm(page, orgAdmin, '/organisation');
      await page.getByRole('heading', { level: 1, name: /Caritas Lebanon/ }).waitFor();
      await page.getByRole('rowheader', { name: 'Fadi Nassar' }).waitFor();
      await saveScreenshot(page, `organisation-${suffix}`);
      await expectAccessible(page);
      if (suffix === 'en') {
        const invite = page.getByRole('region', { name: 'Invite someone' });
        expect(await invite.getByRole('checkbox', { name: 'Platform admin' }).count()).toBe(0);
        await invite.getByLabel('E-mail address').fill(`colleague-${Date.now()}@hub.test`);
        await invite.getByRole('button', { name: 'Create the invitation' }).click();
        expect(await invite.getByTestId('one-time-link').inputValue()).toMatch(/\/invitation\//);
        await page.getByRole('region', { name: 'Pending invitations' }).getByRole('button', { name: /Withdraw the invitation/ }).first().waitFor();

        await page.getByRole('button', { name: 'Manage Fadi Nassar' }).click();
        const roles = page.getByRole('region', { name: 'Roles of Fadi Nassar' });
        await roles.getByRole('checkbox', { name: 'Organisation admin' }).check();
        await roles.getByRole('button', { name: 'Save the roles' }).click();
        await roles.getByRole('status').getByText('Saved.').waitFor();
        // The platform admin in the organisation is not theirs to manage.
        expect(await page.getByRole('button', { name: 'Manage Maya Saab' }).count()).toBe(0);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
    expect(colleague.displayName).toBe('Fadi Nassar');
  });

  it('profile: a member renames themself, changes their password, then signs out everywhere', async () => {
    const arabic = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(arabic.page, member, '/profile');
    await arabic.page.getByRole('heading', { level: 1, name: 'ملفي الشخصي' }).waitFor();
    await saveScreenshot(arabic.page, 'profile-ar');
    await expectAccessible(arabic.page);
    expect(arabic.problems).toEqual([]);

    const { page, problems, context } = await openPage(browser);
    await signInThroughForm(page, member, '/profile');
    const details = page.getByRole('region', { name: 'Name and language' });
    await details.getByLabel('Your name').fill('Hala F.');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByRole('status').getByText('Saved.').waitFor();
    await page.getByTestId('viewer-name').getByText('Hala F.').waitFor();

    const password = page.getByRole('region', { name: 'Password' });
    const newPassword = 'a brand new and long password';
    await password.getByLabel('Current password').fill('not my password at all');
    await password.getByLabel('New password').fill(newPassword);
    await password.getByRole('button', { name: 'Change the password' }).click();
    await password.getByText('This is not your current password.').waitFor();
    await password.getByLabel('Current password').fill(member.password);
    await password.getByRole('button', { name: 'Change the password' }).click();
    await password.getByRole('status').getByText(/Your password has been changed/).waitFor();
    member = { ...member, password: newPassword, displayName: 'Hala F.' };
    await saveScreenshot(page, 'profile-en');
    await expectAccessible(page);

    // The Arabic session was another device: the password change ended it.
    await arabic.page.reload();
    await arabic.page.waitForURL(/\/sign-in\?next=%2Fprofile/);
    await arabic.context.close();

    const sessions = page.getByRole('region', { name: 'Sessions' });
    await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();
    await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
