import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { hubUrl } from './browser';
import type { TestUser } from './hub-api';

/** Signs in through the real form, so the refresh cookie and the in-memory token are the app's own. */
export async function signInThroughForm(page: Page, user: TestUser, next = '/'): Promise<void> {
  await page.goto(hubUrl(`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`));
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('viewer-name').filter({ hasText: user.displayName }).waitFor();
  // Let the page it lands on finish loading its chunks, so a next navigation does not abort them.
  await page.waitForLoadState('networkidle');
}

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
