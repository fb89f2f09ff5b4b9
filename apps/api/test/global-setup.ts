// Starts one throwaway FerretDB for the API's test run (or uses MONGODB_URI when a real MongoDB is
// given). Each test file then works in its own database on it, so files never share state.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Global setup runs outside Jest's resolver, so it cannot use the @hub/tools path alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ensureFerretDb, startFerretDb, type RunningFerretDb } from '../../../tools/hub/ferretdb';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

declare global {
  var __HUB_TEST_FERRETDB__: RunningFerretDb | undefined;
  var __HUB_TEST_SMTP__: SmtpSink | undefined;
}

export default async function globalSetup(): Promise<void> {
  // Every test app sends its e-mail here (testing/test-app.ts); tests read it (testing/mailbox.ts).
  const smtp = await startSmtpSink();
  globalThis.__HUB_TEST_SMTP__ = smtp;
  process.env['HUB_TEST_SMTP_URL'] = smtp.url;
  process.env['HUB_TEST_MAIL_DIR'] = smtp.dir;
  if (process.env['MONGODB_URI']) {
    process.env['HUB_TEST_MONGODB_URI'] = process.env['MONGODB_URI'];
    return;
  }
  const projectRoot = resolve(__dirname, '../../..');
  const binary = ensureFerretDb(projectRoot);
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-api-test-'));
  const ferret = await startFerretDb({ binary, dataDir });
  globalThis.__HUB_TEST_FERRETDB__ = ferret;
  process.env['HUB_TEST_MONGODB_URI'] = ferret.uri;
  process.env['HUB_FERRETDB_BINARY'] = binary;
}
