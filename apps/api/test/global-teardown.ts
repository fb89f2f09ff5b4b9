import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const ferret = globalThis.__HUB_TEST_FERRETDB__;
  if (!ferret) return;
  await ferret.stop();
  rmSync(ferret.dataDir, { recursive: true, force: true });
}
