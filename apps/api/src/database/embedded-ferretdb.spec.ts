import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersPing, freeLoopbackPort, startFerretDb, type RunningFerretDb } from '@hub/tools/ferretdb';

/** The TCP ports a process listens on (Linux: its socket descriptors matched against /proc/net/tcp). */
function listeningTcpPorts(pid: number): number[] {
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`)
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        } catch {
          return undefined; // closed meanwhile
        }
      })
      .filter((inode): inode is string => !!inode),
  );
  const ports: number[] = [];
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT, st 0A is LISTEN, the inode is the tenth field.
      if (fields.length > 9 && fields[3] === '0A' && inodes.has(fields[9])) ports.push(parseInt(fields[1].split(':')[1], 16));
    }
  }
  return ports;
}

/**
 * The embedded FerretDB asks no password, so who can reach it is who can read the hub's data: it
 * listens on a Unix socket in its data folder, which only the hub's user may enter, and on no TCP
 * port unless a developer asks for one (HUB_DB_PORT).
 */
const binary = process.env['HUB_FERRETDB_BINARY'];
(binary ? describe : describe.skip)('embedded FerretDB', () => {
  const folders: string[] = [];
  const running: RunningFerretDb[] = [];
  const start = async (dataDir: string, port?: number) => {
    const ferret = await startFerretDb({ binary: binary as string, dataDir, port });
    running.push(ferret);
    return ferret;
  };
  const folder = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    folders.push(dir);
    return dir;
  };

  afterAll(async () => {
    for (const ferret of running) await ferret.stop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('listens only on a socket in its private data folder', async () => {
    const dataDir = join(folder('hub-embedded-'), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    const ferret = await start(dataDir);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(ferret.socketPath).toBe(join(dataDir, 'ferretdb.sock'));
    expect(statSync(ferret.socketPath).isSocket()).toBe(true);
    expect(ferret.uri).toBe(`mongodb://${encodeURIComponent(ferret.socketPath)}/`);
    expect(await answersPing(ferret.uri)).toBe(true);
    expect(ferret.port).toBeUndefined();
    expect(listeningTcpPorts(ferret.pid)).toEqual([]);
    // A second FerretDB on the same files would corrupt them: refused.
    await expect(startFerretDb({ binary: binary as string, dataDir })).rejects.toThrow(/already serving/);
    expect(await answersPing(ferret.uri)).toBe(true);
  });

  it('also listens on a loopback port when one is asked for', async () => {
    const port = await freeLoopbackPort();
    const ferret = await start(folder('hub-embedded-tcp-'), port);
    expect(listeningTcpPorts(ferret.pid)).toEqual([port]);
    expect(await answersPing(`mongodb://127.0.0.1:${port}/`)).toBe(true);
    expect(await answersPing(ferret.uri)).toBe(true);
  });

  it('puts the socket in a private temporary folder when the data folder path is too long for one', async () => {
    const dataDir = join(folder('hub-embedded-long-'), 'a-data-folder-whose-path-is-longer-than-a-unix-socket-address-may-be'.repeat(2));
    const ferret = await start(dataDir);
    expect(ferret.socketPath.startsWith(tmpdir())).toBe(true);
    expect(Buffer.byteLength(ferret.socketPath)).toBeLessThanOrEqual(100);
    expect(statSync(join(ferret.socketPath, '..')).mode & 0o777).toBe(0o700);
    expect(await answersPing(ferret.uri)).toBe(true);
    // The same data folder finds the same socket after a restart, a stale one from a kill included.
    process.kill(ferret.pid, 'SIGKILL');
    await ferret.stop();
    expect(existsSync(ferret.socketPath)).toBe(true);
    const again = await start(dataDir);
    expect(again.socketPath).toBe(ferret.socketPath);
    expect(await answersPing(again.uri)).toBe(true);
    await again.stop();
    rmSync(join(ferret.socketPath, '..'), { recursive: true, force: true });
  });
});
