import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function hubUrl(path = '/'): string {
  const base = process.env['HUB_E2E_URL'];
  if (!base) throw new Error('HUB_E2E_URL is unset: run the browser tests through their Jest config');
  return new URL(path, base).toString();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox as root in CI; no background networking on a machine with no internet.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * A page that records console errors and failed requests: a browser test fails on any of them,
 * because a user would see a broken page.
 */
export async function openPage(browser: Browser, options: { locale?: string; timezoneId?: string } = {}): Promise<{
  context: BrowserContext;
  page: Page;
  problems: string[];
}> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', timezoneId: options.timezoneId, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // Aborted by the browser itself: a navigation or a re-render cancelled a request still in flight.
    if (error === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} ${error}`);
  });
  return { context, page, problems };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(process.env['HUB_ARTIFACTS_DIR'] ?? 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
