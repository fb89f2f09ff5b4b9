import { rmSync, writeFileSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const e2e = globalThis.__HUB_E2E__;
  if (!e2e) return;
  await e2e.api.stop();
  // The API's own log is kept as an artefact: the log-secrets test and humans read it.
  writeFileSync(e2e.logFile, e2e.api.logs());
  if (e2e.ferret) {
    await e2e.ferret.stop();
    rmSync(e2e.ferret.dataDir, { recursive: true, force: true });
  }
}
