import { randomBytes } from 'node:crypto';
import { Workbook } from 'exceljs';
import { parseCsv } from '@hub/domain/testing';
import { makers, SignedInUser } from '../testing/make';
import { errorCode, expectData, ops } from '../testing/operations';
import { waitFor, waitForSearchLagZero } from '../testing/search-operations';
import { startTestApp, TestApp } from '../testing/test-app';
import { EXPORT_COLUMNS } from './export-rows';
import { ExportsService } from './exports.service';
import { ExportsWorker } from './exports.worker';
import { SearchIndexService } from '../search/search-index.service';

interface JobView {
  id: string;
  kind: string;
  format: string;
  status: string;
  done: number;
  total: number;
  rows: number | null;
  fileName: string | null;
  downloadPath: string | null;
  error: string | null;
}
const JOB = 'id kind format status done total rows fileName downloadPath error';
const START = `mutation($input: StartExportInput!) { startExport(input: $input) { ${JOB} } }`;
const JOB_QUERY = `query($id: ID!) { exportJob(id: $id) { ${JOB} } }`;

const column = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header);

/** Exports through the real API and FerretDB: formats, what they may hold, jobs, downloads and audit. */
describe('exports', () => {
  let hub: TestApp;
  let second: TestApp;
  let lead: SignedInUser;
  let analyst: SignedInUser;
  let washMember: SignedInUser;
  let anonAuthor: SignedInUser;
  let questionId: string;
  const secretOrg = `Hidden Helpers ${randomBytes(3).toString('hex')}`;
  const word = `xport${randomBytes(4).toString('hex').replace(/\d/g, 'q')}`;

  const start = (as: SignedInUser, input: Record<string, unknown>) => as.gql<{ startExport: JobView }>(START, { input });
  const download = (as: { token: string } | null, path: string) => fetch(`${hub.url}${path}`, { headers: as ? { authorization: `Bearer ${as.token}` } : {} });
  const exportFile = async (as: SignedInUser, input: Record<string, unknown>) => {
    const job = expectData(await start(as, input)).startExport;
    expect(job.status).toBe('DONE');
    const response = await download(as, job.downloadPath as string);
    expect(response.status).toBe(200);
    return { job, response, body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    hub = await startTestApp();
    second = await startTestApp({ MONGODB_DB: hub.dbName });
    const make = makers(hub);
    lead = await make.user({ roles: ['SECTOR_LEAD'], leadSectors: ['EDU'], displayName: 'Rania Lead' });
    analyst = await make.user({ roles: ['ANALYST'] });
    washMember = await make.user({ sectors: ['WASH'] });
    anonAuthor = await make.user({ organisation: await make.organisation({ name: secretOrg, type: 'OTHER' }), displayName: 'Samir Hidden' });
    const contributor = await make.user({ displayName: 'Lina Field' });
    questionId = expectData(
      await ops.askQuestion(lead, { title: `Why do ${word} adolescents leave school in Akkar?`, body: 'VASyR 2023.', purpose: 'To plan catch-up classes.', sectors: ['EDU'], places: ['LB51'], sensitivity: 'PUBLIC', publish: true }),
    ).askQuestion.id;
    const answer = (by: SignedInUser, body: string, extra: Record<string, unknown> = {}) =>
      ops.contribute(by, { questionId, body, places: ['LB51'], evidenceType: 'DIRECT_OBSERVATION', confidence: 'HIGH', language: 'ar', sensitivity: 'PUBLIC', ...extra });
    expectData(await answer(contributor, `الأطفال يعملون في الحقول ${word}`));
    expectData(await answer(anonAuthor, `=HYPERLINK("http://evil") ${word}`, { anonymous: true, language: 'en' }));
    expectData(await answer(contributor, `Confidential ${word}`, { sensitivity: 'CONFIDENTIAL', access: { sectors: ['WASH'] }, language: 'en' }));
    const question = expectData(await ops.questionPage(lead, questionId)).question;
    expectData(await ops.publishSynthesis(lead, { questionId, version: question.version, body: `Synthesis: work pulls boys out ${word}.`, close: true }));
    await waitForSearchLagZero(hub);
    // Each instance's embedded engine indexes its own writes: the second one rebuilds from the
    // database, so whichever instance's worker claims a search export finds the same hits.
    await second.app.get(SearchIndexService).reindex();
    await second.app.get(SearchIndexService).settled();
  });

  afterAll(async () => {
    await second.app.close();
    await hub.close();
  });

  it('exports a question as CSV: BOM, header, HXL row, Arabic text, only readable rows, formulas neutralised', async () => {
    const { body, response, job } = await exportFile(analyst, { format: 'CSV', questionId, language: 'ar' });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`question-${questionId}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString('utf8').slice(1));
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(rows[1].slice(0, 3)).toEqual(['#meta+record', '#meta+id', '#meta+question+id']);
    expect(rows[1]).toEqual(expect.arrayContaining(['#sector+code', '#adm1+name', '#adm2+code', '#date', '#meta+confidence']));
    const data = rows.slice(2);
    // The question, two readable contributions (not the one confidential to WASH), the synthesis.
    expect(data.map((r) => r[column('record')])).toEqual(['question', 'contribution', 'contribution', 'synthesis']);
    expect(job.rows).toBe(4);
    expect(data[1][column('text')]).toBe(`الأطفال يعملون في الحقول ${word}`);
    expect(data[1][column('governorates')]).toBe('عكار');
    expect(data[1][column('district_codes')]).toBe('LB51');
    expect(data[1][column('author')]).toBe('Lina Field');
    // Anonymous to peers: organisation type and governorate only; a leading "=" cannot become a formula.
    expect(data[2][column('author')]).toBe('');
    expect(data[2][column('organisation')]).toBe('');
    expect(data[2][column('organisation_type')]).toBe('OTHER');
    expect(data[2][column('text')].startsWith("'=HYPERLINK")).toBe(true);
    expect(body.toString('utf8')).not.toContain(secretOrg);
    expect(body.toString('utf8')).not.toContain('Samir Hidden');
  });

  it('exports XLSX that exceljs reads back, and JSON; the question’s lead sees the anonymous author', async () => {
    const xlsx = await exportFile(washMember, { format: 'XLSX', questionId, language: 'fr' });
    expect(xlsx.response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(values(2)).toEqual(EXPORT_COLUMNS.map((c) => c.hxl));
    // A member of the WASH sector also gets the contribution confidential to it.
    expect(sheet.rowCount).toBe(2 + 5);
    expect(values(4)[column('text')]).toBe(`الأطفال يعملون في الحقول ${word}`);

    const json = await exportFile(lead, { format: 'JSON', questionId });
    const parsed = JSON.parse(json.body.toString('utf8')) as { columns: Array<{ hxl: string }>; rows: Array<Record<string, unknown>> };
    expect(parsed.columns.map((c) => c.hxl)).toContain('#adm1+name');
    const anonymous = parsed.rows.find((row) => row['anonymous'] === true);
    expect(anonymous?.['author']).toBe('Samir Hidden');
    expect(anonymous?.['organisation']).toBe(secretOrg);
    expect(parsed.rows.find((row) => row['record'] === 'question')?.['governorateNames']).toEqual(['Akkar']);
  });

  it('runs large exports as a background job with progress, produced once across two instances', async () => {
    hub.app.get(ExportsService).inlineMax = 1;
    second.app.get(ExportsService).inlineMax = 1;
    const queued = expectData(await start(analyst, { format: 'JSON', search: { text: word, filters: { sectors: ['EDU'] }, sort: 'NEWEST' } })).startExport;
    expect(queued).toMatchObject({ kind: 'SEARCH', status: 'QUEUED', downloadPath: null });
    expect(queued.total).toBeGreaterThan(1);
    const produced = await Promise.all([hub.app.get(ExportsWorker).tick(new Date()), second.app.get(ExportsWorker).tick(new Date())]);
    const done = await waitFor(async () => expectData(await analyst.gql<{ exportJob: JobView }>(JOB_QUERY, { id: queued.id })).exportJob, (job) => job.status === 'DONE', 20_000, 'export done');
    // Each instance's worker also polls on its own; between them all, one run produced the job.
    expect(produced.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    const claims = await hub.connection.db?.collection('export_claims').countDocuments({ _id: { $regex: `^${queued.id}:` } } as never);
    expect(claims).toBe(1);
    expect(done.done).toBe(done.total);
    const body = JSON.parse(Buffer.from(await (await download(analyst, done.downloadPath as string)).arrayBuffer()).toString('utf8')) as { rows: Array<Record<string, unknown>> };
    const records = body.rows.map((row) => row['record']).sort();
    // Readable hits only: the question, two contributions and the synthesis, not the WASH-confidential one.
    expect(records).toEqual(['contribution', 'contribution', 'question', 'synthesis']);
    expect(JSON.stringify(body)).not.toContain('Confidential');
    hub.app.get(ExportsService).inlineMax = 200;
    second.app.get(ExportsService).inlineMax = 200;
  });

  it('lets only the requester see the job and download the file', async () => {
    const { job } = await exportFile(analyst, { format: 'CSV', questionId });
    expect((await download(null, job.downloadPath as string)).status).toBe(401);
    expect((await download(washMember, job.downloadPath as string)).status).toBe(404);
    expect((await download(analyst, `/exports/${'0'.repeat(24)}/file`)).status).toBe(404);
    expect(errorCode(await washMember.gql(JOB_QUERY, { id: job.id }))).toBe('NOT_FOUND');
    expect(expectData(await analyst.gql<{ myExports: Array<{ id: string }> }>('{ myExports { id } }')).myExports.map((j) => j.id)).toContain(job.id);
    expect(errorCode(await hub.gql(START, { input: { format: 'CSV', questionId } }))).toBe('UNAUTHENTICATED');
  });

  it('records every export in the audit log', async () => {
    const before = await hub.connection.db?.collection('audit_log').countDocuments({ action: 'EXPORT' });
    await exportFile(analyst, { format: 'CSV', questionId });
    await exportFile(analyst, { format: 'JSON', search: { text: word } });
    const entries = await hub.connection.db?.collection('audit_log').find({ action: 'EXPORT' }).sort({ at: -1 }).limit(2).toArray();
    expect((await hub.connection.db?.collection('audit_log').countDocuments({ action: 'EXPORT' })) ?? 0).toBe((before ?? 0) + 2);
    expect(entries?.map((e) => e['targetType']).sort()).toEqual(['QUESTION', 'SEARCH_RESULTS']);
    expect(entries?.every((e) => String(e['actorId']) === analyst.user.id)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(word);
  });

  it('answers bad input with typed errors and changes nothing', async () => {
    const count = () => hub.connection.db?.collection('export_jobs').countDocuments();
    const before = await count();
    expect(errorCode(await start(analyst, { format: 'PDF', questionId }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await start(analyst, { format: 'CSV' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await start(analyst, { format: 'CSV', questionId, search: { text: 'x' } }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await start(analyst, { format: 'CSV', questionId: 'nope' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await start(analyst, { format: 'CSV', questionId: '0'.repeat(24) }))).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });
});
