import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { accountOperations, errorCode, ok } from '../testing/account-operations';
import { makers } from '../testing/make';
import { startTestApp, TestApp, testMongoUri } from '../testing/test-app';
import { OrganisationsRepository } from './organisations.repository';
import { hashPassword } from './password-hasher';
import { UsersRepository } from './users.repository';

const ROOT = resolve(__dirname, '../../../..');
const ADMIN_PASSWORD = 'first admin passphrase';
const freshDatabase = () => `t_${randomBytes(6).toString('hex')}`;

/** Runs `npm run create-admin` as the script does (tsx with the base tsconfig), without a terminal. */
function createAdmin(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const environment: Record<string, string | undefined> = { ...process.env, ...env };
  if (!('HUB_ADMIN_PASSWORD' in env)) delete environment['HUB_ADMIN_PASSWORD'];
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.base.json', 'apps/api/src/cli/create-admin.ts', ...args],
    { cwd: ROOT, env: environment, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

describe('accounts: the first platform admin', () => {
  const apps: TestApp[] = [];
  const boot = async (env: Record<string, string>) => {
    const hub = await startTestApp(env);
    apps.push(hub);
    return hub;
  };

  afterEach(async () => {
    // The first close drops the shared database; the others only stop.
    for (const hub of apps.splice(0).reverse()) await hub.close();
  });

  it('is created from HUB_ADMIN_* at boot, once, even when two instances boot together', async () => {
    const env = { MONGODB_DB: freshDatabase(), HUB_ADMIN_EMAIL: 'Root@Example.org', HUB_ADMIN_PASSWORD: ADMIN_PASSWORD, HUB_ADMIN_ORGANISATION: 'Hub team' };
    const [first] = await Promise.all([boot(env), boot(env)]);
    const users = first.app.get(UsersRepository);
    expect(await users.countActivePlatformAdmins()).toBe(1);
    expect(await users.count({})).toBe(1);
    expect(await first.app.get(OrganisationsRepository).list()).toEqual([expect.objectContaining({ name: 'Hub team', type: 'OTHER' })]);

    const signedIn = await accountOperations(first).signIn('root@example.org', ADMIN_PASSWORD);
    expect(ok(signedIn.body).signIn.viewer.roles).toEqual(['PLATFORM_ADMIN']);

    // The admin changes their password; a later boot with the same environment changes nothing.
    const admin = await users.findByEmail('root@example.org');
    await users.setPassword(admin?.id ?? '', await hashPassword('a changed passphrase'));
    const again = await boot(env);
    expect(await again.app.get(UsersRepository).count({})).toBe(1);
    expect((await accountOperations(again).signIn('root@example.org', 'a changed passphrase')).body.errors).toBeUndefined();
    expect(errorCode((await accountOperations(again).signIn('root@example.org', ADMIN_PASSWORD)).body)).toBe('UNAUTHENTICATED');
  });

  it('is not created when a platform admin exists, and never promotes an existing account', async () => {
    const database = freshDatabase();
    const plain = await boot({ MONGODB_DB: database });
    const existing = await makers(plain).user({ email: 'taken@example.org', roles: ['CONTRIBUTOR'] });
    await boot({ MONGODB_DB: database, HUB_ADMIN_EMAIL: 'taken@example.org', HUB_ADMIN_PASSWORD: ADMIN_PASSWORD });
    const users = plain.app.get(UsersRepository);
    expect((await users.findById(existing.user.id))?.roles).toEqual(['CONTRIBUTOR']);
    expect(await users.countActivePlatformAdmins()).toBe(0);

    await makers(plain).user({ roles: ['PLATFORM_ADMIN'] });
    await boot({ MONGODB_DB: database, HUB_ADMIN_EMAIL: 'second@example.org', HUB_ADMIN_PASSWORD: ADMIN_PASSWORD });
    expect(await users.findByEmail('second@example.org')).toBeNull();
  });

  it('can be created with `npm run create-admin`, the password coming from the environment only', async () => {
    const hub = await boot({ MONGODB_DB: freshDatabase() });
    const env = { MONGODB_URI: testMongoUri(), MONGODB_DB: hub.connection.name, NODE_ENV: 'test' };

    const argvPassword = await createAdmin(['--email', 'cli@example.org', '--name', 'Cli Admin', '--password', ADMIN_PASSWORD], env);
    expect(argvPassword.code).toBe(64);
    expect(argvPassword.stderr).toMatch(/Unknown option '--password'.*HUB_ADMIN_PASSWORD/);
    expect(argvPassword.stderr).not.toContain(ADMIN_PASSWORD);
    const noPassword = await createAdmin(['--email', 'cli@example.org', '--name', 'Cli Admin'], env);
    expect(noPassword.code).toBe(64);
    expect(noPassword.stderr).toMatch(/no password/);
    expect(await hub.app.get(UsersRepository).findByEmail('cli@example.org')).toBeNull();

    const created = await createAdmin(['--email', 'Cli@Example.org', '--name', 'Cli Admin'], { ...env, HUB_ADMIN_PASSWORD: ADMIN_PASSWORD });
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created platform admin cli@example.org/);
    const session = ok((await accountOperations(hub).signIn('cli@example.org', ADMIN_PASSWORD)).body).signIn;
    expect(session.viewer).toMatchObject({ displayName: 'Cli Admin', roles: ['PLATFORM_ADMIN'] });

    const twice = await createAdmin(['--email', 'cli@example.org', '--name', 'Cli Admin'], { ...env, HUB_ADMIN_PASSWORD: ADMIN_PASSWORD });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already has an account/);
  }, 60_000);
});
