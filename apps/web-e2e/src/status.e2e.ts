import type { Browser } from 'playwright-core';
import { hubUrl, launchBrowser, openPage, saveScreenshot } from './support/browser';

describe('status page (built web app, real API and database)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows that the API, the database and the search engine answer', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(hubUrl('/status'));
    await page.getByTestId('status-api').getByText('OK').waitFor();
    await page.getByTestId('status-database').getByText('OK').waitFor();
    await page.getByTestId('status-search').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await saveScreenshot(page, 'status-en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renders right to left for a browser set to Arabic', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'ar-LB' });
    await page.goto(hubUrl('/status'));
    await page.getByTestId('status-database').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await saveScreenshot(page, 'status-ar');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('serves deep links from the API port (client-side routes fall back to the app)', async () => {
    const response = await fetch(hubUrl('/some/deep/link'), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
  });
});
