import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Global setup runs outside Jest's resolver, so it cannot use the @hub/tools path alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ensureFerretDb, startFerretDb, type RunningFerretDb } from '../../../../tools/hub/ferretdb';
import { startBuiltApi, type RunningApi } from './hub-server';

declare global {
  var __HUB_E2E__: { ferret?: RunningFerretDb; api: RunningApi; logFile: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const projectRoot = resolve(__dirname, '../../../..');
  for (const built of ['dist/apps/api/main.js', 'dist/apps/web/index.html']) {
    if (!existsSync(join(projectRoot, built))) throw new Error(`${built} is missing: run \`npx nx run web-e2e:e2e\`, which builds first`);
  }
  let ferret: RunningFerretDb | undefined;
  let mongoUri = process.env['MONGODB_URI'];
  if (!mongoUri) {
    ferret = await startFerretDb({ binary: ensureFerretDb(projectRoot), dataDir: mkdtempSync(join(tmpdir(), 'hub-e2e-')) });
    mongoUri = ferret.uri;
  }
  // The first platform admin, created by the API at boot: the browser tests make their users through it.
  const adminEmail = 'e2e-admin@hub.test';
  const adminPassword = `e2e-${randomBytes(12).toString('hex')}`;
  let api: RunningApi;
  try {
    api = await startBuiltApi(projectRoot, {
      MONGODB_URI: mongoUri,
      MONGODB_DB: `e2e_${Date.now()}`,
      HUB_ADMIN_EMAIL: adminEmail,
      HUB_ADMIN_PASSWORD: adminPassword,
      // Every browser signs in from 127.0.0.1: the production per-address limits (6 a minute) would
      // refuse the journey's sign-ins. The rate-limit behaviour itself is covered by the API's tests.
      HUB_RATE_LIMIT_SIGN_IN_IP: '1000/60',
      HUB_RATE_LIMIT_ACCOUNT_LINKS_IP: '1000/60',
    });
  } catch (error) {
    // Jest skips the global teardown when the setup fails: stop the database here.
    await ferret?.stop();
    throw error;
  }
  const artifacts = join(projectRoot, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  globalThis.__HUB_E2E__ = { ferret, api, logFile: join(artifacts, 'e2e-api.log') };
  process.env['HUB_E2E_URL'] = api.url;
  process.env['HUB_ARTIFACTS_DIR'] = artifacts;
  process.env['HUB_E2E_ADMIN_EMAIL'] = adminEmail;
  process.env['HUB_E2E_ADMIN_PASSWORD'] = adminPassword;
  writeFileSync(join(artifacts, 'e2e-url.txt'), api.url);
}
