// Embedded FerretDB: the MongoDB-protocol server the hub runs on when MONGODB_URI is unset,
// and the one every integration test talks to. Self-contained (node built-ins and the MongoDB
// driver only) because it is loaded both by Node 24 directly and by Jest's global setup.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';

export interface RunningFerretDb {
  /** Through the Unix socket. */
  uri: string;
  socketPath: string;
  /** The loopback TCP port, when one was asked for. */
  port?: number;
  dataDir: string;
  /** The FerretDB process (benchmarks read its CPU time). */
  pid: number;
  stop(): Promise<void>;
}

/** Names the build: the module as released plus the patches below (a new name rebuilds old copies). */
const BUILD = `${FERRETDB_VERSION}-pk-in-untracked-wq`;

export function ferretDbBinary(projectRoot: string): string {
  return join(projectRoot, '.tools', `ferretdb-${BUILD}`, 'ferretdb');
}

/**
 * FerretDB 1.24's SQLite backend indexes `_id` as `_ferretdb_sjson->"_id"` but looks it up (reads,
 * updates and deletes by `_id`) as `_ferretdb_sjson->'$._id'`. Both mean the same value, but SQLite
 * matches an expression index only on the same expression, so every lookup by `_id` scanned the
 * whole table (EXPLAIN: `SCAN`; up to a second per read at 100k documents). Writing the lookup the
 * way the index is written lets SQLite use it (`SEARCH … USING INDEX`); results are unchanged.
 * database/by-id-queries.spec.ts checks the plan.
 */
const PRIMARY_KEY_PATCH = {
  file: join('internal', 'backends', 'sqlite', 'metadata', 'metadata.go'),
  from: `IDColumn = DefaultColumn + "->'$._id'"`,
  to: `IDColumn = DefaultColumn + "->'_id'"`,
};

/**
 * FerretDB 1.24 pushes exactly one filter down to SQLite: `{ _id: <string or ObjectId> }`. Every
 * other filter reads the whole table, `{ _id: { $in: [...] } }` included, so a page that needs ten
 * contributions cost ten round trips (each a full FerretDB request) instead of one. This patch also
 * pushes `{ _id: { $in: [<strings or ObjectIds>] } }` (up to 1,000 values) down as
 * `WHERE <id expression> IN (...)`, which SQLite answers from the same primary-key index. Only the
 * rows read change: FerretDB's handler still applies the whole filter to what comes back, and
 * `explain` reports the pushdown (`filterPushdown: true`), which is how the API detects this build
 * (database/by-id-queries.ts) and falls back to point reads on an unpatched FerretDB.
 */
const ID_LIST_PATCH = {
  dir: join('internal', 'backends', 'sqlite'),
  file: 'hub_id_pushdown.go',
  source: `// Added by the knowledge hub's build (tools/hub/ferretdb.ts): _id and _id $in pushdown.

package sqlite

import (
\t"fmt"
\t"strings"

\t"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
\t"github.com/FerretDB/FerretDB/internal/handler/sjson"
\t"github.com/FerretDB/FerretDB/internal/types"
\t"github.com/FerretDB/FerretDB/internal/util/must"
)

// hubMaxIDList bounds the SQL parameters of one IN list.
const hubMaxIDList = 1000

// hubIDWhereClause returns the WHERE clause and arguments that narrow a query to the rows whose
// _id the filter names: {_id: v} or {_id: {$in: [v, ...]}} with v a string or ObjectID.
// Anything else returns no clause (all rows are read, and the handler filters them).
func hubIDWhereClause(filter *types.Document) (string, []any) {
\tif filter.Len() != 1 {
\t\treturn "", nil
\t}

\tv, _ := filter.Get("_id")

\tswitch v := v.(type) {
\tcase string, types.ObjectID:
\t\treturn fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn), []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
\tcase *types.Document:
\t\tif v.Len() != 1 {
\t\t\treturn "", nil
\t\t}

\t\tlist, _ := v.Get("$in")

\t\tvalues, ok := list.(*types.Array)
\t\tif !ok || values.Len() == 0 || values.Len() > hubMaxIDList {
\t\t\treturn "", nil
\t\t}

\t\targs := make([]any, 0, values.Len())

\t\tfor i := 0; i < values.Len(); i++ {
\t\t\tvalue := must.NotFail(values.Get(i))

\t\t\tswitch value.(type) {
\t\t\tcase string, types.ObjectID:
\t\t\t\targs = append(args, string(must.NotFail(sjson.MarshalSingleValue(value))))
\t\t\tdefault:
\t\t\t\treturn "", nil
\t\t\t}
\t\t}

\t\tplaceholders := strings.TrimSuffix(strings.Repeat("?, ", len(args)), ", ")

\t\treturn fmt.Sprintf(\` WHERE %s IN (%s)\`, metadata.IDColumn, placeholders), args
\t}

\treturn "", nil
}
`,
  /** The two places collection.go builds its `_id` clause (Query, then Explain), replaced by the function above. */
  replacements: [
    {
      from: `\tif params.Filter.Len() == 1 {
\t\tv, _ := params.Filter.Get("_id")
\t\tswitch v.(type) {
\t\tcase string, types.ObjectID:
\t\t\twhereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
\t\t\targs = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
\t\t}
\t}
`,
      to: `\twhereClause, args = hubIDWhereClause(params.Filter)
`,
    },
    {
      from: `\tif params.Filter.Len() == 1 {
\t\tv, _ := params.Filter.Get("_id")
\t\tswitch v.(type) {
\t\tcase string, types.ObjectID:
\t\t\tfilterPushdown = true
\t\t\twhereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
\t\t\targs = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
\t\t}
\t}
`,
      to: `\twhereClause, args = hubIDWhereClause(params.Filter)
\tfilterPushdown = whereClause != ""
`,
    },
  ],
};

/**
 * FerretDB 1.24 tracks the lifetime of every iterator, cursor and connection for leak detection: each
 * one is added to a `runtime/pprof` profile, which captures its creator's stack, and given a
 * finalizer that panics the server if the object was never closed. At 10 requests in flight on the
 * question page that stack capture was 12% of FerretDB's CPU (`go tool pprof` of a load run). The
 * patch makes `Track` and `Untrack` check their arguments and return: nothing is recorded, and a
 * leak is never turned into a crash of the database.
 */
const RESOURCE_TRACKING_PATCH = {
  file: join('internal', 'util', 'resource', 'resource.go'),
  replacements: ['func Track(obj any, token *Token) {\n\tcheckArgs(obj, token)\n', 'func Untrack(obj any, token *Token) {\n\tcheckArgs(obj, token)\n'].map((from) => ({
    from,
    to: `${from}\n\tif !hubTrackResources {\n\t\treturn\n\t}\n`,
  })),
  declaration: '\n// hubTrackResources is off in the knowledge hub\'s build (tools/hub/ferretdb.ts).\nvar hubTrackResources = false\n',
};

/**
 * FerretDB 1.24 opens up to 100 SQLite connections per database, and SQLite lets one write at a
 * time: a writer that finds the lock taken sleeps in SQLite's busy handler (1, 2, 5, 10 … 100 ms a
 * try, up to 10 s), while newcomers may take the lock before it wakes. Under concurrent writes that
 * backoff, not the work, set the latency: the load benchmark saw every write held up to 1–3 s at
 * once while reads by _id went on in milliseconds. The patch queues FerretDB's write transactions
 * (inserts and updates) on a mutex per database before they begin, so they take turns without
 * sleeping; reads still run side by side, and SQLite's lock still guards everything else.
 */
const WRITE_QUEUE_PATCH = {
  file: join('internal', 'util', 'fsql', 'db.go'),
  replacements: [
    { from: 'import (\n\t"context"\n', to: 'import (\n\t"context"\n\t"sync"\n' },
    { from: '\tBatchSize int\n}', to: '\tBatchSize int\n\n\t// hubWrites queues write transactions (the knowledge hub\'s build, tools/hub/ferretdb.ts).\n\thubWrites sync.Mutex\n}' },
    { from: '\tvar sqlTx *sql.Tx\n', to: '\tvar sqlTx *sql.Tx\n\n\tdb.hubWrites.Lock()\n\tdefer db.hubWrites.Unlock()\n' },
  ],
};

/** Applies the patches to a copy of the module; fails loudly if the source is not what they expect. */
function patchFerretDb(work: string): void {
  patchFile(join(work, PRIMARY_KEY_PATCH.file), [PRIMARY_KEY_PATCH], 'the line the primary-key patch replaces');
  patchFile(join(work, ID_LIST_PATCH.dir, 'collection.go'), ID_LIST_PATCH.replacements, 'the _id clause the id-list patch replaces');
  writeFileSync(join(work, ID_LIST_PATCH.dir, ID_LIST_PATCH.file), ID_LIST_PATCH.source);
  patchFile(join(work, RESOURCE_TRACKING_PATCH.file), RESOURCE_TRACKING_PATCH.replacements, 'the functions the resource-tracking patch changes', RESOURCE_TRACKING_PATCH.declaration);
  patchFile(join(work, WRITE_QUEUE_PATCH.file), WRITE_QUEUE_PATCH.replacements, 'what the write-queue patch changes');
}

/** Replaces each `from` (which must occur exactly once) with its `to`, then appends `appended`. */
function patchFile(file: string, replacements: ReadonlyArray<{ from: string; to: string }>, what: string, appended = ''): void {
  let source = readFileSync(file, 'utf8');
  for (const { from, to } of replacements) {
    if (source.split(from).length !== 2) throw new Error(`FerretDB ${FERRETDB_VERSION}: ${file} no longer holds ${what}`);
    source = source.replace(from, to);
  }
  writeFileSync(file, source + appended);
}

export class MissingToolError extends Error {}

/**
 * Builds FerretDB once into .tools/ (git-ignored) and reuses it afterwards.
 * The module as served by the Go proxy lacks the generated build/version/version.txt, and a plain
 * `go install …/cmd/ferretdb@v1.24.2` binary panics at start-up for that reason; so we download the
 * same checksummed module, add the file, apply the patches above and build it ourselves.
 */
export function ensureFerretDb(projectRoot: string, log: (line: string) => void = console.log): string {
  const binary = ferretDbBinary(projectRoot);
  if (existsSync(binary)) return binary;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) {
    throw new MissingToolError(
      'No database is configured and Go is not installed.\n' +
        '  Either set MONGODB_URI to a MongoDB server (e.g. MONGODB_URI=mongodb://localhost:27017/hub),\n' +
        '  or install Go 1.22+ (https://go.dev/doc/install, or `apt-get install golang`) so the hub can\n' +
        `  build its embedded FerretDB ${FERRETDB_VERSION}.`,
    );
  }
  log(`Building FerretDB ${FERRETDB_VERSION} into .tools/ (first run only, about two minutes)…`);
  const download = spawnSync('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (download.status !== 0) {
    throw new Error(`go mod download ${FERRETDB_MODULE}@${FERRETDB_VERSION} failed:\n${download.stderr}${download.stdout}`);
  }
  const moduleDir = (JSON.parse(download.stdout) as { Dir: string }).Dir;
  const work = join(projectRoot, '.tools', `ferretdb-src-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(moduleDir, work, { recursive: true });
  chmodSync(work, 0o755);
  spawnSync('chmod', ['-R', 'u+w', work]);
  writeFileSync(join(work, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  patchFerretDb(work);
  const tmpBinary = `${binary}.${process.pid}.tmp`;
  mkdirSync(join(binary, '..'), { recursive: true });
  const build = spawnSync('go', ['build', '-trimpath', '-o', tmpBinary, './cmd/ferretdb'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CGO_ENABLED: '0' },
  });
  rmSync(work, { recursive: true, force: true });
  if (build.status !== 0) throw new Error(`Building FerretDB failed:\n${build.stderr}`);
  // Rename is atomic, so a concurrent build or reader never sees half a binary.
  renameSync(tmpBinary, binary);
  log(`FerretDB ${BUILD} is ready at ${binary}`);
  return binary;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  binary: string;
  dataDir: string;
  /**
   * Also listen on this loopback TCP port, for a developer's own tools (mongosh, Compass). Off by
   * default: FerretDB asks no password, and any local user can open a loopback port.
   */
  port?: number;
  /** Where FerretDB's own log lines go; silent by default. */
  onLog?: (chunk: string) => void;
  readyTimeoutMs?: number;
}

/**
 * Starts FerretDB (SQLite backend) and resolves once it answers a ping. It listens on a Unix socket
 * (and on TCP only when `port` is given): FerretDB asks no password, and a socket in a folder only
 * this user may enter keeps other local users out, where any of them can open a loopback port.
 */
export async function startFerretDb(options: StartOptions): Promise<RunningFerretDb> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // The database files hold everything the hub knows: this user's alone.
  chmodSync(options.dataDir, 0o700);
  const socketPath = socketPathFor(options.dataDir);
  const uri = `mongodb://${encodeURIComponent(socketPath)}/`;
  if (existsSync(socketPath)) {
    if (await answersPing(uri)) throw new Error(`Another FerretDB is already serving ${options.dataDir} (${socketPath})`);
    rmSync(socketPath, { force: true }); // left by a FerretDB that was killed
  }
  const child = spawn(
    options.binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${options.dataDir}/`,
      `--listen-unix=${socketPath}`,
      // FerretDB listens on TCP unless told otherwise; an empty address turns that off.
      `--listen-addr=${options.port === undefined ? '' : `127.0.0.1:${options.port}`}`,
      `--state-dir=${options.dataDir}`,
      process.env['HUB_FERRETDB_DEBUG_ADDR'] ? `--debug-addr=${process.env['HUB_FERRETDB_DEBUG_ADDR']}` : '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Go collects garbage each time the heap doubles; FerretDB's live heap is a few tens of MB and
      // it allocates for every command, so at GOGC=400 it collects a quarter as often: about a fifth
      // less of its CPU a request in the load benchmark, for a heap of at most 5x the live one.
      env: { GOGC: '400', ...process.env },
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-4000);
    options.onLog?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (exited) throw new Error(`FerretDB exited during start-up:\n${output}`);
    if (await answersPing(uri)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`FerretDB did not answer on ${uri} within the time limit:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { uri, socketPath, port: options.port, dataDir: options.dataDir, pid: child.pid as number, stop: () => stopProcess(child) };
}

/**
 * `<dataDir>/ferretdb.sock`, or, where that path is too long for a socket address (108 bytes on
 * Linux), a folder of this user's in the temporary directory named after the data folder, so a
 * restart on the same data finds the same socket.
 */
function socketPathFor(dataFolder: string): string {
  // Absolute: the API that connects through it may run from another working directory.
  const dataDir = resolve(dataFolder);
  const beside = join(dataDir, 'ferretdb.sock');
  if (Buffer.byteLength(beside) <= 100) return beside;
  const dir = join(tmpdir(), `hub-ferretdb-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const owner = lstatSync(dir);
  if (!owner.isDirectory() || owner.uid !== process.getuid?.() || (owner.mode & 0o077) !== 0) {
    throw new Error(`${dir} is not a private folder of this user's; remove it or use a shorter data folder path`);
  }
  return join(dir, 'ferretdb.sock');
}

/** Whether a MongoDB-protocol server answers at `uri` within half a second. */
export async function answersPing(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
  try {
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
