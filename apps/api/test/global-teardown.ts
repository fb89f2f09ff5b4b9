import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const smtp = globalThis.__HUB_TEST_SMTP__;
  if (smtp) {
    await smtp.stop();
    rmSync(smtp.dir, { recursive: true, force: true });
  }
  const ferret = globalThis.__HUB_TEST_FERRETDB__;
  if (!ferret) return;
  await ferret.stop();
  rmSync(ferret.dataDir, { recursive: true, force: true });
}
