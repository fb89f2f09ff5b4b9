import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
// Loaded by the global setup, outside Jest's resolver: no path alias here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { freeLoopbackPort, stopProcess } from '../../../../tools/hub/ferretdb';

export interface RunningApi {
  url: string;
  process: ChildProcess;
  logs(): string;
  stop(): Promise<void>;
}

/** Starts the built API (serving the built web app) as a real process, as `npm start` does. */
export async function startBuiltApi(projectRoot: string, env: Record<string, string>): Promise<RunningApi> {
  const port = await freeLoopbackPort();
  const child = spawn(process.execPath, [join(projectRoot, 'dist/apps/api/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      WEB_DIST_DIR: join(projectRoot, 'dist/apps/web'),
      LOG_LEVEL: 'info',
      HUB_JWT_SECRET: randomBytes(32).toString('hex'),
      // Every browser test signs in, accepts invitations and writes from one loopback address.
      HUB_RATE_LIMIT_SIGN_IN_IP: '1000/60',
      HUB_RATE_LIMIT_ACCOUNT_LINKS_IP: '1000/60',
      HUB_RATE_LIMIT_WRITES_USER: '1000/60',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited during start-up:\n${output}`);
    const ready = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`The API was not ready within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, process: child, logs: () => output, stop: () => stopProcess(child) };
}
