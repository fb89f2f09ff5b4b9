// `npx node tools/hub/check-log-secrets.ts`: fails when an API log holds a credential. Runs the
// built API (dist/apps/api/main.js, production mode, LOG_LEVEL=info) on a fresh FerretDB, drives
// every credential-bearing flow (sign-in, a failed one, refresh, invitation, reset request, reset
// link, reset, sign-out), then searches its log for every secret used, and both that log and the
// browser tests' log (artifacts/e2e-api.log) for credential-shaped strings.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureFerretDb, freeLoopbackPort, startFerretDb, stopProcess } from './ferretdb.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/** Shapes of credentials whatever their value: for logs whose secrets this script did not make. */
const CREDENTIAL_SHAPES: Array<[string, RegExp]> = [
  ['a JWT', /eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/],
  ['a bearer token', /Bearer\s+[\w.-]{20,}/i],
  ['a refresh cookie', /hub_refresh=[^;\s"]{8,}/],
  ['an authorization header', /"authorization"\s*:\s*"/i],
  ['a cookie header', /"(cookie|set-cookie)"\s*:\s*["[]/i],
  ['a password field', /"(password|newPassword|currentPassword)"\s*:\s*"/i],
  ['a GraphQL request body (variables)', /"variables"\s*:\s*\{/],
  ['a link token', /\/(invitation|reset-password|invite|reset)\/[\w-]{20,}/],
  ['the browser tests\' admin password', /e2e-[0-9a-f]{24}/],
];

interface Finding {
  log: string;
  what: string;
  line: number;
}

function scan(log: string, text: string, secrets: Array<[string, string]>): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, index) => {
    for (const [what, value] of secrets) if (value && line.includes(value)) findings.push({ log, what, line: index + 1 });
    for (const [what, shape] of CREDENTIAL_SHAPES) if (shape.test(line)) findings.push({ log, what, line: index + 1 });
  });
  return findings;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string }>;
}

async function exercise(url: string, admin: { email: string; password: string }): Promise<Array<[string, string]>> {
  const secrets: Array<[string, string]> = [['the bootstrap admin password', admin.password]];
  const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('hub_refresh='))?.split(';')[0] ?? '';
    if (cookie) secrets.push(['a refresh cookie', cookie.slice('hub_refresh='.length)]);
    return { answer: (await response.json()) as Answer, cookie };
  };
  const session = (answer: Answer, field: string): string => {
    const token = (answer.data?.[field] as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`${field} failed: ${JSON.stringify(answer.errors)}`);
    secrets.push([`an access token (${field})`, token]);
    return token;
  };
  const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken viewer { organisationId } } }';

  const wrong = `wrong-${randomBytes(8).toString('hex')}`;
  secrets.push(['a mistyped password', wrong]);
  await gql(SIGN_IN, { input: { email: admin.email, password: wrong } });
  const signedIn = await gql(SIGN_IN, { input: { email: admin.email, password: admin.password } });
  const adminToken = session(signedIn.answer, 'signIn');
  const bearer = { authorization: `Bearer ${adminToken}` };
  const organisationId = (signedIn.answer.data?.['signIn'] as { viewer: { organisationId: string } }).viewer.organisationId;
  session((await gql('mutation { refreshSession { accessToken } }', {}, { cookie: signedIn.cookie })).answer, 'refreshSession');

  const email = `member-${randomBytes(4).toString('hex')}@example.org`;
  const invited = await gql(
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationUrl } }',
    { input: { email, roles: ['CONTRIBUTOR'], organisationId } },
    bearer,
  );
  const invitationUrl = (invited.answer.data?.['inviteMember'] as { invitationUrl?: string } | undefined)?.invitationUrl;
  if (!invitationUrl) throw new Error(`inviteMember failed: ${JSON.stringify(invited.answer.errors)}`);
  const invitationToken = new URL(invitationUrl).pathname.split('/').at(-1) ?? '';
  secrets.push(['an invitation token', invitationToken]);
  await gql('query($token: String!) { invitationPreview(token: $token) { email } }', { token: invitationToken });
  const memberPassword = `member-${randomBytes(12).toString('hex')}`;
  secrets.push(['a new member password', memberPassword]);
  const accepted = await gql('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken viewer { id } } }', {
    input: { token: invitationToken, password: memberPassword },
  });
  session(accepted.answer, 'acceptInvitation');
  const memberId = (accepted.answer.data?.['acceptInvitation'] as { viewer: { id: string } }).viewer.id;

  await gql('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email } });
  const link = await gql('mutation($id: ID!) { createPasswordResetLink(userId: $id) { resetUrl } }', { id: memberId }, bearer);
  const resetUrl = (link.answer.data?.['createPasswordResetLink'] as { resetUrl?: string } | undefined)?.resetUrl;
  if (!resetUrl) throw new Error(`createPasswordResetLink failed: ${JSON.stringify(link.answer.errors)}`);
  const resetToken = new URL(resetUrl).pathname.split('/').at(-1) ?? '';
  secrets.push(['a reset token', resetToken]);
  const newPassword = `reset-${randomBytes(12).toString('hex')}`;
  secrets.push(['a reset password', newPassword]);
  await gql('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', { input: { token: resetToken, newPassword } });
  const again = await gql(SIGN_IN, { input: { email, password: newPassword } });
  const memberToken = session(again.answer, 'signIn');
  // A forged token and a malformed request: error paths log too.
  await gql('{ viewer { id } }', {}, { authorization: `Bearer ${adminToken.slice(0, -4)}AAAA` });
  await gql('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } ', { input: { email, password: newPassword } });
  await gql('mutation { signOut }', {}, { authorization: `Bearer ${memberToken}` });
  return secrets;
}

async function main(): Promise<number> {
  const apiMain = join(projectRoot, 'dist/apps/api/main.js');
  if (!existsSync(apiMain)) throw new Error('dist/apps/api/main.js is missing: run `npx nx build api` first');
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-log-secrets-'));
  const ferret = await startFerretDb({ binary: ensureFerretDb(projectRoot), dataDir });
  const port = await freeLoopbackPort();
  const jwtSecret = randomBytes(32).toString('hex');
  const admin = { email: 'log-check@hub.test', password: `admin-${randomBytes(12).toString('hex')}` };
  const api = spawn(process.execPath, [apiMain], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      MONGODB_URI: ferret.uri,
      MONGODB_DB: 'log_secrets',
      HUB_JWT_SECRET: jwtSecret,
      HUB_ADMIN_EMAIL: admin.email,
      HUB_ADMIN_PASSWORD: admin.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  api.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  api.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${url}/ready`).then((r) => r.ok, () => false))) {
      if (api.exitCode !== null || Date.now() > deadline) throw new Error(`The API did not start:\n${log}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    const secrets: Array<[string, string]> = [['the JWT secret', jwtSecret], ...(await exercise(url, admin))];
    await stopProcess(api);
    const findings = scan('this run', log, secrets);
    const e2eLog = join(projectRoot, 'artifacts/e2e-api.log');
    if (existsSync(e2eLog)) findings.push(...scan('artifacts/e2e-api.log', readFileSync(e2eLog, 'utf8'), []));
    else process.stdout.write('[hub] artifacts/e2e-api.log not found (run the browser tests first); checked this run only\n');
    const lines = log.split('\n').filter(Boolean).length;
    for (const finding of findings) process.stderr.write(`[hub] ${finding.log}, line ${finding.line}: ${finding.what}\n`);
    process.stdout.write(`[hub] ${secrets.length} secrets, ${lines} log lines of this run${findings.length ? '' : ': no credential in the logs'}\n`);
    if (lines < 10) throw new Error('The API wrote almost no log lines: the check would prove nothing');
    return findings.length ? 1 : 0;
  } finally {
    await stopProcess(api);
    await ferret.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[hub] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
