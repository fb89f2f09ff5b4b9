import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XSS_CORPUS, unsafeHtmlParts } from '@hub/domain/testing';
import { makers, type SignedInUser } from '../testing/make';
import { expectData, ops } from '../testing/operations';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * The XSS corpus posted through GraphQL as a question, contributions and a synthesis: every
 * `bodyHtml` the API serves is inert. What it serves is kept in a golden file that the web's
 * component tests render (xss-corpus.rendered.json; `UPDATE_XSS_GOLDEN=1` rewrites it), so the
 * web is tested against the API's real output, and a renderer change shows up in review.
 */
const XSS_GOLDEN_FILE = join(__dirname, '../../../../libs/domain/src/testing/xss-corpus.rendered.json');

describe('markdown XSS corpus through the API', () => {
  let hub: TestApp;
  let lead: SignedInUser;
  let contributor: SignedInUser;

  beforeAll(async () => {
    hub = await startTestApp();
    const make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'] });
    contributor = await make.user();
  });

  afterAll(async () => {
    await hub.close();
  });

  it('serves every payload as inert HTML in questions, contributions and syntheses', async () => {
    const everything = XSS_CORPUS.map((payload) => payload.markdown).join('\n\n');
    const question = expectData(
      await ops.askQuestion(lead, { title: 'Payloads <script>alert(1)</script>', body: everything, purpose: 'To check rendering.', sectors: ['EDU'], sensitivity: 'PUBLIC', publish: true }),
    ).askQuestion;
    const rendered: Record<string, string> = {};
    for (const payload of XSS_CORPUS) {
      const { id } = expectData(
        await ops.contribute(contributor, { questionId: question.id, body: payload.markdown, evidenceType: 'DIRECT_OBSERVATION', confidence: 'LOW', language: 'en', sensitivity: 'PUBLIC' }),
      ).contribute;
      const read = expectData(await contributor.gql<{ contribution: { bodyHtml: string } }>('query($id: ID!) { contribution(id: $id) { bodyHtml } }', { id }));
      rendered[payload.name] = read.contribution.bodyHtml;
    }
    const before = expectData(await ops.questionPage(lead, question.id)).question;
    expectData(await ops.publishSynthesis(lead, { questionId: question.id, version: before.version, body: everything, citedContributions: [] }));
    const page = expectData(
      await lead.gql<{ question: { bodyHtml: string; synthesis: { bodyHtml: string } } }>('query($id: ID!) { question(id: $id) { bodyHtml synthesis { bodyHtml } } }', { id: question.id }),
    ).question;

    const findings = [
      ...Object.entries(rendered).flatMap(([name, html]) => unsafeHtmlParts(html).map((problem) => `contribution "${name}": ${problem}`)),
      ...unsafeHtmlParts(page.bodyHtml).map((problem) => `question: ${problem}`),
      ...unsafeHtmlParts(page.synthesis.bodyHtml).map((problem) => `synthesis: ${problem}`),
    ];
    expect(findings).toEqual([]);

    const golden = `${JSON.stringify(rendered, null, 2)}\n`;
    if (process.env['UPDATE_XSS_GOLDEN'] === '1') writeFileSync(XSS_GOLDEN_FILE, golden);
    expect(existsSync(XSS_GOLDEN_FILE) ? readFileSync(XSS_GOLDEN_FILE, 'utf8') : '').toBe(golden);
  });

  it('finds unsafe HTML when there is some (the check itself can fail)', () => {
    expect(unsafeHtmlParts('<a href="java&#x09;script:x" onclick="y" target="_blank">z</a><script></script><svg onload=alert(1)>')).toEqual([
      'href java\tscript:x',
      'attribute onclick',
      'target=_blank without rel=noopener',
      'element script',
      'element script',
      'element svg',
      'unparsed attributes onload=alert(1)',
    ]);
  });
});
