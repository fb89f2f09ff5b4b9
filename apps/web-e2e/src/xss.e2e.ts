import { XSS_CORPUS, executableDomParts, unsafeDomParts } from '@hub/domain/testing';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { askQuestionAs, createOrganisation, gql, makeUser, type TestUser } from './support/hub-api';
import { signInThroughForm } from './support/pages';

/** Records every dialog (alert, confirm, prompt) a page opens, and dismisses it. */
function trapDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

const xssFlag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

/**
 * The markdown XSS corpus posted through the API as a question, one contribution per payload and
 * a synthesis, then shown by the built web app in Chromium: nothing runs (no dialog, the
 * `window.__xss` flag the payloads would set stays unset, no CSP violation in the console) and
 * nothing executable or a `javascript:` link is in the DOM.
 */
describe('markdown XSS corpus in the browser (built web app, real API)', () => {
  let browser: Browser;
  let contributor: TestUser;
  let questionId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const organisation = await createOrganisation('XSS check NGO', 'NATIONAL_NGO');
    const lead = await makeUser({ organisationId: organisation, roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], displayName: 'Rana Khoury' });
    contributor = await makeUser({ organisationId: organisation, roles: ['CONTRIBUTOR'], displayName: 'Sami Aoun' });
    const everything = XSS_CORPUS.map((payload) => payload.markdown).join('\n\n');
    questionId = await askQuestionAs(lead, { title: 'Do payloads run? <script>window.__xss=1</script>', body: everything, purpose: 'To check rendering.', sectors: ['EDU'], sensitivity: 'PUBLIC', publish: true });
    for (const payload of XSS_CORPUS) {
      await gql(
        'mutation($input: ContributeInput!) { contribute(input: $input) { id } }',
        { input: { questionId, body: payload.markdown, evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'PUBLIC' } },
        contributor.accessToken,
      );
    }
    const { question } = await gql<{ question: { version: number } }>('query($id: ID!) { question(id: $id) { version } }', { id: questionId }, lead.accessToken);
    await gql(
      'mutation($input: PublishSynthesisInput!) { publishSynthesis(input: $input) { id } }',
      { input: { questionId, version: question.version, body: everything, citedContributions: [] } },
      lead.accessToken,
    );
  });

  afterAll(async () => {
    await browser.close();
  });

  it('runs nothing on the question page', async () => {
    const { page, problems, context } = await openPage(browser);
    const dialogs = trapDialogs(page);
    await signInThroughForm(page, contributor, `/questions/${questionId}`);
    const blocks = page.locator('.server-html');
    // The question, every contribution and the synthesis.
    await blocks.nth(XSS_CORPUS.length + 1).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await blocks.count()).toBe(XSS_CORPUS.length + 2);

    const unsafe: string[] = [];
    for (let i = 0; i < XSS_CORPUS.length + 2; i++) unsafe.push(...(await blocks.nth(i).evaluate(unsafeDomParts)));
    expect(unsafe).toEqual([]);
    expect(await page.locator('body').evaluate(executableDomParts)).toEqual([]);
    const protocols = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).protocol));
    expect(protocols.filter((protocol) => !['http:', 'https:', 'mailto:'].includes(protocol))).toEqual([]);
    expect(await xssFlag(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]); // a payload the CSP had to block would show here as a console error
    await context.close();
  });

  it('would notice a payload that runs (the traps themselves work)', async () => {
    const { page, context } = await openPage(browser);
    const dialogs = trapDialogs(page);
    await page.setContent('<img src="x" onerror="window.__xss = 1"><script>alert(1)</script>');
    await page.waitForFunction(() => (window as unknown as { __xss?: unknown }).__xss === 1);
    expect(dialogs).toEqual(['alert: 1']);
    expect(await page.locator('body').evaluate(executableDomParts)).toEqual(['handler onerror on img', 'script in the body']);
    await context.close();
  });
});
