import { ROLES } from '@hub/domain';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectData, ops } from '../testing/operations';
import { startTestApp, TestApp } from '../testing/test-app';
import { DEMO_QUESTIONS } from './demo-content';

describe('demo data', () => {
  let dataDir: string;
  let first: TestApp;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hub-demo-'));
    first = await startTestApp({ HUB_DEMO_DATA: 'true', HUB_DATA_DIR: dataDir });
  });

  afterAll(async () => {
    await first.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const count = (hub: TestApp, collection: string, filter: Record<string, unknown> = {}) => hub.connection.db?.collection(collection).countDocuments(filter);

  it('seeds organisations, a user per role, and the example questions with contributions in three languages', async () => {
    expect(await count(first, 'questions')).toBe(DEMO_QUESTIONS.length);
    const users = (await first.connection.db?.collection('users').find().toArray()) ?? [];
    for (const role of ROLES) expect(users.some((u) => (u['roles'] as string[]).includes(role))).toBe(true);
    for (const language of ['en', 'ar', 'fr']) expect(await count(first, 'contributions', { language })).toBeGreaterThan(0);
    expect(await count(first, 'contributions', { anonymous: true })).toBeGreaterThan(0);
    expect(await count(first, 'comments')).toBeGreaterThan(0);
    expect(await count(first, 'contributions', { helpfulCount: { $gt: 0 } })).toBeGreaterThan(0);
    expect(await count(first, 'questions', { status: 'CLOSED', 'syntheses.0': { $exists: true } })).toBe(1);
  });

  it('writes the sign-in details to a private file, and they work', async () => {
    const file = join(dataDir, 'demo-accounts.txt');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const analyst = readFileSync(file, 'utf8').split('\n').find((line) => line.startsWith('ANALYST'));
    const [, email, password] = (analyst ?? '').trim().split(/\s+/);
    const signedIn = await first.gql<{ signIn: { accessToken: string } }>('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { email, password } });
    const token = expectData(signedIn).signIn.accessToken;
    const list = expectData(await ops.questions({ gql: (q, v) => first.gql(q, v, { authorization: `Bearer ${token}` }) }, { first: 50 })).questions;
    // The analyst reads the public and restricted questions, not the one confidential to Protection and Shelter.
    expect(list.totalCount).toBe(DEMO_QUESTIONS.filter((q) => q.sensitivity !== 'CONFIDENTIAL').length);
  });

  it('seeds only once: a second start on the same database changes nothing', async () => {
    const before = await Promise.all(['organisations', 'users', 'questions', 'contributions', 'comments'].map((c) => count(first, c)));
    const second = await startTestApp({ HUB_DEMO_DATA: 'true', HUB_DATA_DIR: dataDir, MONGODB_DB: first.dbName });
    try {
      const after = await Promise.all(['organisations', 'users', 'questions', 'contributions', 'comments'].map((c) => count(second, c)));
      expect(after).toEqual(before);
    } finally {
      await second.app.close();
    }
  });
});
