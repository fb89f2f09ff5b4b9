// `npm start`: runs the whole hub on embedded defaults — FerretDB with its data in ./.data (unless
// MONGODB_URI is set), the in-process search engine (unless MEILI_URL is set), and the built web
// app served by the API on one port. Ctrl-C stops everything and leaves the data in place.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { ensureFerretDb, MissingToolError, startFerretDb, stopProcess, type RunningFerretDb } from './ferretdb.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const port = process.env['PORT'] ?? '3000';
const host = process.env['HOST'] ?? '127.0.0.1';
const dataDir = resolve(projectRoot, process.env['HUB_DATA_DIR'] ?? '.data');

function say(line: string): void {
  process.stdout.write(`[hub] ${line}\n`);
}

if (!process.version.startsWith('v24.')) {
  say(`This is Node ${process.version}; the hub runs on Node 24. Run it through npm (\`npm start\`) after \`npm ci\`.`);
  process.exit(1);
}

say('Building the API and the web app (cached after the first run)…');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
  cwd: projectRoot,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NX_DAEMON: 'false' },
});
if (build.status !== 0) {
  say('The build failed; see above.');
  process.exit(build.status ?? 1);
}

/** A signing secret made once per installation and kept (owner-readable only) in the data folder. */
function localSecret(): string {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string }).jwtSecret;
  mkdirSync(dataDir, { recursive: true });
  const jwtSecret = randomBytes(32).toString('hex');
  writeFileSync(file, JSON.stringify({ jwtSecret }), { mode: 0o600 });
  return jwtSecret;
}

let ferret: RunningFerretDb | undefined;
let api: ChildProcess | undefined = undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('Stopping…');
    if (api) await stopProcess(api);
    if (ferret) await ferret.stop();
    say(ferret ? `Stopped. Your data stays in ${ferret.dataDir}` : 'Stopped.');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

let mongoUri = process.env['MONGODB_URI'];
if (!mongoUri) {
  try {
    const binary = ensureFerretDb(projectRoot, say);
    const dbDir = join(dataDir, 'ferretdb');
    ferret = await startFerretDb({ binary, dataDir: dbDir, port: process.env['HUB_DB_PORT'] ? Number(process.env['HUB_DB_PORT']) : undefined });
    mongoUri = ferret.uri;
    say(`Embedded FerretDB is answering on ${ferret.socketPath}${ferret.port ? ` and on 127.0.0.1:${ferret.port}` : ''} (data in ${dbDir})`);
  } catch (error) {
    say(error instanceof MissingToolError ? error.message : `Could not start the embedded database: ${String(error)}`);
    process.exit(1);
  }
}

api = spawn(process.execPath, [join(projectRoot, 'dist/apps/api/main.js')], {
  cwd: projectRoot,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: process.env['NODE_ENV'] ?? 'production',
    HOST: host,
    PORT: port,
    MONGODB_URI: mongoUri,
    WEB_DIST_DIR: join(projectRoot, 'dist/apps/web'),
    HUB_DATA_DIR: dataDir,
    HUB_DEMO_DATA: process.env['HUB_DEMO_DATA'] ?? 'true',
    HUB_JWT_SECRET: process.env['HUB_JWT_SECRET'] ?? localSecret(),
  },
});
api.on('exit', (code) => {
  if (!stopping) {
    say(`The API stopped unexpectedly (exit code ${code}).`);
    void shutdown(code ?? 1);
  }
});

const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
const deadline = Date.now() + 120_000;
while (!stopping) {
  if (await fetch(`${url}/ready`).then((r) => r.ok, () => false)) {
    const accounts = join(dataDir, 'demo-accounts.txt');
    if (existsSync(accounts)) say(`Demo sign-in details (from ${accounts}):\n${readFileSync(accounts, 'utf8')}`);
    say(`The knowledge hub is running: open ${url}  (status: ${url}/status; Ctrl-C stops it)`);
    break;
  }
  if (Date.now() > deadline) {
    say('The API did not become ready within two minutes; see its log above.');
    await shutdown(1);
  }
  await new Promise((r) => setTimeout(r, 250));
}
