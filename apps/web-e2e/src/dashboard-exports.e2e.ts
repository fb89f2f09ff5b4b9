import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import { parseCsv } from '@hub/domain/testing';
import type { Browser, Page } from 'playwright-core';
import { hubUrl, launchBrowser, openPage, saveScreenshot } from './support/browser';
import { askQuestionAs, createOrganisation, gql, makeUser, type TestUser } from './support/hub-api';
import { seriousAxeViolations, signInThroughForm } from './support/pages';

/** Clicks an export button and returns the downloaded file's bytes and name. */
async function download(page: Page, format: 'CSV' | 'XLSX' | 'JSON'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.locator(`.export-menu button[data-format="${format}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('dashboard and exports (built web app, real API)', () => {
  let browser: Browser;
  let analyst: TestUser;
  let questionId: string;
  const word = `xport${randomBytes(4).toString('hex').replace(/\d/g, 'q')}`;
  const arabic = `الأطفال يعملون في الحقول ${word}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const organisation = await createOrganisation(`UNICEF ${randomBytes(2).toString('hex')}`, 'UN_AGENCY');
    const local = await createOrganisation(`Amel ${randomBytes(2).toString('hex')}`, 'NATIONAL_NGO');
    const lead = await makeUser({ organisationId: organisation, roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], displayName: 'Maya Khoury' });
    const contributor = await makeUser({ organisationId: local, roles: ['CONTRIBUTOR'], displayName: 'Hadi Nasser' });
    analyst = await makeUser({ organisationId: organisation, roles: ['ANALYST'], displayName: 'Rami Haddad' });
    questionId = await askQuestionAs(lead, {
      title: `Why do ${word} adolescents leave school in Akkar?`,
      body: 'VASyR 2023: enrolment of 15–17-year-olds is far below primary.',
      purpose: 'To plan catch-up classes.',
      sectors: ['EDU'],
      places: ['LB51'],
      sensitivity: 'RESTRICTED',
      publish: true,
    });
    for (const body of [arabic, `Boys work in construction (${word}).`]) {
      await gql(
        'mutation($input: ContributeInput!) { contribute(input: $input) { id } }',
        { input: { questionId, body, places: ['LB51'], evidenceType: 'DIRECT_OBSERVATION', confidence: 'MEDIUM', language: body === arabic ? 'ar' : 'en', sensitivity: 'RESTRICTED' } },
        contributor.accessToken,
      );
    }
  });

  afterAll(async () => {
    await browser.close();
  });

  it.each([
    ['en-GB', 'en'],
    ['ar-LB', 'ar'],
  ] as const)('shows the dashboard with charts, data tables and the tile map (%s)', async (locale, suffix) => {
    const { page, problems, context } = await openPage(browser, { locale });
    await signInThroughForm(page, analyst);
    await page.locator(`.site-nav a[href="/dashboard"]`).click();
    await page.locator('.dashboard-stats').waitFor();
    // The charts may come after the figures (their library is a chunk of its own): wait for the last.
    await page.locator('.dashboard-page canvas[role="img"]').nth(2).waitFor();
    await page.locator('.tile-map g[data-code]').nth(8).waitFor();
    expect(await page.locator('.dashboard-page canvas[role="img"]').count()).toBe(3);
    expect(await page.locator('.tile-map g[data-code]').count()).toBe(9);
    const details = page.locator('details.data-table').first();
    await details.locator('summary').click();
    expect(await details.locator('tbody tr').count()).toBeGreaterThan(0);
    // Filters live in the URL.
    await page.locator('.dashboard-filters select').first().selectOption('EDU');
    await page.waitForURL(/sector=EDU/);
    await page.locator('.dashboard-stats').waitFor();
    await saveScreenshot(page, `dashboard-${suffix}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads a question as CSV, XLSX and JSON, and a search result set as CSV, holding the expected rows', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'ar-LB' });
    await signInThroughForm(page, analyst);
    await page.goto(hubUrl(`/questions/${questionId}`));
    await page.locator('.export-menu').waitFor();

    const csv = await download(page, 'CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    const header = rows[0];
    expect(rows[1]).toEqual(expect.arrayContaining(['#sector+code', '#adm1+name', '#adm2+code', '#date']));
    const records = rows.slice(2).map((row) => row[header.indexOf('record')]);
    expect(records).toEqual(['question', 'contribution', 'contribution']);
    expect(rows.slice(2).map((row) => row[header.indexOf('text')])).toContain(arabic);
    // Names in the reader's language: the page is in Arabic, so is the export.
    expect(rows[2][header.indexOf('governorates')]).toBe('عكار');

    const xlsx = await download(page, 'XLSX');
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(2 + 3);
    const texts = [3, 4, 5].map((n) => String(sheet.getRow(n).getCell(header.indexOf('text') + 1).value));
    expect(texts).toContain(arabic);

    const json = await download(page, 'JSON');
    const parsed = JSON.parse(json.bytes.toString('utf8')) as { rows: Array<{ record: string; questionId: string }> };
    expect(parsed.rows.map((row) => row.record)).toEqual(['question', 'contribution', 'contribution']);
    expect(parsed.rows.every((row) => row.questionId === questionId)).toBe(true);

    // The search page's URL state is the export's input.
    for (let attempt = 0; ; attempt += 1) {
      await page.goto(hubUrl(`/search?q=${word}&sector=EDU`));
      try {
        await page.locator('.export-menu').waitFor({ timeout: 3_000 });
        break;
      } catch (error) {
        if (attempt >= 10) throw error;
      }
    }
    const fromSearch = await download(page, 'CSV');
    const searchRows = parseCsv(fromSearch.bytes.toString('utf8').slice(1)).slice(2);
    expect(searchRows.map((row) => row[header.indexOf('record')]).sort()).toEqual(['contribution', 'contribution', 'question']);
    expect(searchRows.map((row) => row[header.indexOf('text')])).toContain(arabic);
    expect(problems).toEqual([]);
    await context.close();
  });
});
