import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

export interface ApiProcess {
  url: string;
  pid: number;
  /** Everything the process wrote (stdout and stderr), for failure messages. */
  output(): string;
  /** Kills it without warning: no shutdown hooks, no draining, as a crash or an OOM killer would. */
  kill(): Promise<void>;
  /** Stops it gracefully (SIGTERM). */
  stop(): Promise<void>;
}

/**
 * Runs the API from its sources in a process of its own (Node 24, swc through ts-node, so Nest's
 * decorator metadata is kept and no build is needed), on a database the caller chooses. For tests
 * that must kill the process; everything else boots the API in-process with startTestApp.
 */
export async function startApiProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      TS_NODE_PROJECT: 'tsconfig.base.json',
      TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' }),
      TS_NODE_TRANSPILE_ONLY: 'true',
      TS_NODE_TRANSPILER: 'ts-node/transpilers/swc',
      NODE_ENV: 'test',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const handle = (url: string): ApiProcess => ({
    url,
    pid: child.pid as number,
    output: () => output,
    kill: () => signal(child, 'SIGKILL', exited),
    stop: () => signal(child, 'SIGTERM', exited),
  });

  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API process exited during start-up:\n${output}`);
      if (Date.now() > deadline) throw new Error(`the API process was not ready within ${timeoutMs} ms:\n${output}`);
      url ??= /"msg":"hub api listening","url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
      // Ready once the database answers and the boot index build has finished.
      if (url && (await fetch(`${url}/ready`).then((r) => r.ok, () => false))) return handle(url);
      await new Promise((done) => setTimeout(done, 100));
    }
  } catch (error) {
    await signal(child, 'SIGKILL', exited);
    throw error;
  }
}

async function signal(child: ChildProcess, name: NodeJS.Signals, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(name);
  await exited;
}
