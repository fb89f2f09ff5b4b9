// Creates a platform admin from the command line:
//   npm run create-admin -- --email admin@example.org --name "Hub admin" [--organisation "Platform administrators"]
// The password comes from HUB_ADMIN_PASSWORD or a terminal prompt, never from argv (shell history).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { LIMITS } from '@hub/domain';
import { isEmail } from 'class-validator';
import mongoose from 'mongoose';
import { OrganisationRecord, OrganisationSchema } from '../accounts/organisation.schema';
import { OrganisationsRepository } from '../accounts/organisations.repository';
import { createPlatformAdmin } from '../accounts/platform-admin';
import { UserRecord, UserSchema } from '../accounts/user.schema';
import { UsersRepository } from '../accounts/users.repository';
import { ConfigError, loadConfig } from '../config/app-config';
import { promptHidden } from './prompt';

const USAGE = `Usage: npm run create-admin -- --email <address> --name "<display name>" [--organisation "<name>"]

Creates a platform admin (and the organisation, type OTHER, if it does not exist) in the database
named by MONGODB_URI and MONGODB_DB. The password is read from HUB_ADMIN_PASSWORD or, on a terminal,
asked for; it is never taken from the command line, where it would stay in the shell history.`;

const EX_USAGE = 64;
const EX_CONFIG = 78;

class UsageError extends Error {}

interface Request {
  email: string;
  name: string;
  organisation: string | undefined;
}

function parseRequest(argv: string[]): Request {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    const hint = argv.some((arg) => arg.startsWith('--password')) ? ' (set HUB_ADMIN_PASSWORD or answer the prompt instead)' : '';
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}${hint}`);
  }
  if (values['help']) throw new UsageError('');
  const email = typeof values['email'] === 'string' ? values['email'].trim() : '';
  const name = typeof values['name'] === 'string' ? values['name'].trim() : '';
  const organisation = typeof values['organisation'] === 'string' ? values['organisation'].trim() : undefined;
  if (!isEmail(email) || email.length > LIMITS.emailMax) throw new UsageError('--email must be an e-mail address');
  if (!name || name.length > LIMITS.nameMax) throw new UsageError(`--name is required (at most ${LIMITS.nameMax} characters)`);
  if (organisation !== undefined && (!organisation || organisation.length > LIMITS.nameMax)) {
    throw new UsageError(`--organisation must be 1-${LIMITS.nameMax} characters`);
  }
  return { email, name, organisation };
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env['HUB_ADMIN_PASSWORD'];
  const password = fromEnv
    ? fromEnv
    : process.stdin.isTTY
      ? await confirmedPassword()
      : (() => {
          throw new UsageError('no password: set HUB_ADMIN_PASSWORD, or run this in a terminal to be asked for one');
        })();
  if (password.length < LIMITS.passwordMin || password.length > LIMITS.passwordMax) {
    throw new UsageError(`the password must be ${LIMITS.passwordMin}-${LIMITS.passwordMax} characters`);
  }
  return password;
}

async function confirmedPassword(): Promise<string> {
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Password again: ');
  if (first !== second) throw new UsageError('the two passwords differ');
  return first;
}

async function main(): Promise<number> {
  const request = parseRequest(process.argv.slice(2));
  const password = await readPassword();
  // The same loader as the API; the bootstrap variables are this command's input, not its config.
  const config = loadConfig({ ...process.env, HUB_ADMIN_EMAIL: undefined, HUB_ADMIN_PASSWORD: undefined });
  const connection = await mongoose.createConnection(config.mongo.uri, { dbName: config.mongo.dbName, serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    const organisations = new OrganisationsRepository(connection.model(OrganisationRecord.name, OrganisationSchema));
    const users = new UsersRepository(connection.model(UserRecord.name, UserSchema));
    // The unique indexes are what make concurrent creation safe: make sure they exist.
    await organisations.onModuleInit();
    await users.onModuleInit();
    const result = await createPlatformAdmin(
      { organisations, users },
      { email: request.email, password, displayName: request.name, organisationName: request.organisation ?? config.adminOrganisation },
    );
    if (result.outcome === 'email-taken') {
      process.stderr.write(`${request.email} already has an account; nothing was changed.\n`);
      return 1;
    }
    process.stdout.write(`Created platform admin ${result.user.email} (${result.user.id}) in "${request.organisation ?? config.adminOrganisation}".\n`);
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
      process.exit(error.message ? EX_USAGE : 0);
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(EX_CONFIG);
    }
    process.stderr.write(`create-admin failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
