import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '@hub/domain';
import { RATE_LIMIT_PATTERN, RateLimits, rateLimitsFrom } from '../security/rate-limits';

const rateLimitSchema = z.string().regex(RATE_LIMIT_PATTERN, 'must be <requests>/<seconds>, e.g. 6/60');

/** Environment variables the API reads, validated once at boot. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MONGODB_URI: z
    .string({ error: 'is required (a mongodb:// URI; `npm start` provides one for the embedded FerretDB)' })
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URI'),
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1-63 letters, digits, _ or -')
    .default('hub'),
  MEILI_URL: z.url({ error: 'must be an http(s) URL such as http://localhost:7700' }).optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  HUB_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  HUB_DEMO_DATA: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  HUB_DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://hub.example.org' })
    .default('http://localhost:3000'),
  HUB_ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).max(LIMITS.emailMax).optional(),
  HUB_ADMIN_PASSWORD: z
    .string()
    .min(LIMITS.passwordMin, `must be at least ${LIMITS.passwordMin} characters`)
    .max(LIMITS.passwordMax, `must be at most ${LIMITS.passwordMax} characters`)
    .optional(),
  HUB_ADMIN_ORGANISATION: z.string().trim().min(1).max(LIMITS.nameMax).default('Platform administrators'),
  SMALL_CELL_K: z.coerce.number().int().min(2, 'must be an integer of at least 2').max(1000).default(5),
  HUB_SEARCH_FAULT_INJECTION: z.enum(['0', '1']).default('0'),
  HUB_SEARCH_SWEEP_MS: z.coerce.number().int().min(100, 'must be at least 100 (milliseconds)').max(3_600_000).optional(),
  // Rate limits as `<requests>/<seconds>`; defaults in security/rate-limits.ts.
  HUB_RATE_LIMIT_SIGN_IN_IP: rateLimitSchema.optional(),
  HUB_RATE_LIMIT_SIGN_IN_ACCOUNT: rateLimitSchema.optional(),
  HUB_RATE_LIMIT_ACCOUNT_LINKS_IP: rateLimitSchema.optional(),
  HUB_RATE_LIMIT_WRITES_USER: rateLimitSchema.optional(),
  // Proxies in front of the hub whose X-Forwarded-For is believed (per-IP limits need the client's address).
  HUB_TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // E-mail (mail/): unset SMTP_URL turns e-mail off. The URL may hold a password: never echo it.
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587').optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).regex(/^[^\r\n]*@[^\r\n]*$/, 'must be an address such as "Knowledge Hub <hub@example.org>"').optional(),
  HUB_REMINDER_DAYS: z.coerce.number().int().min(1, 'must be an integer from 1 to 60').max(60, 'must be an integer from 1 to 60').default(3),
});

export type Environment = z.input<typeof environmentSchema>;

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  mongo: { uri: string; dbName: string };
  /** Meilisearch is used when its URL is set; otherwise the embedded engine. */
  meilisearch: { url: string; apiKey?: string } | null;
  webDistDir: string | null;
  logLevel: string;
  /** Signs access tokens. Outside production a random one is made per process when unset. */
  jwtSecret: string;
  /** Seed the living demo (organisations, a user per role, questions) once; `npm start` turns it on. */
  demoData: boolean;
  /** Where `npm start` keeps local files (the demo's sign-in details go there, never to the logs). */
  dataDir: string | null;
  /** Where users reach the hub; invitation and password-reset links start with it (no trailing slash). */
  publicUrl: string;
  /** The platform admin created at first boot when none exists (HUB_ADMIN_EMAIL + HUB_ADMIN_PASSWORD). */
  firstAdmin: { email: string; password: string } | null;
  /** The organisation a bootstrapped platform admin belongs to. */
  adminOrganisation: string;
  /** Facet counts by place or cohort below this are shown as "fewer than K" (small-cell rule). */
  smallCellK: number;
  /** Test-only: wrap the search engine in a fault-injection seam. */
  searchFaultInjection: boolean;
  /** How often the search outbox is swept; null: by database (search/search-sync.worker.ts). */
  searchSweepMs: number | null;
  /** Requests allowed per window for abuse-prone operations (security/rate-limits.ts). */
  rateLimits: RateLimits;
  /** How many proxy hops' X-Forwarded-For to trust for the client address (0: none). */
  trustProxyHops: number;
  /** SMTP delivery (mail/); null turns e-mail off. `smtpUrl` may carry credentials: never log it. */
  mail: { smtpUrl: string; from: string } | null;
  /** Days before a question's discussion window closes when followers and invitees are reminded. */
  reminderDays: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // Empty strings count as unset, as shells and compose files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const e = parsed.data;
  // Half a bootstrap admin is a typo, not a choice: say so instead of silently skipping it.
  if (!!e.HUB_ADMIN_EMAIL !== !!e.HUB_ADMIN_PASSWORD) {
    throw new ConfigError([
      e.HUB_ADMIN_EMAIL ? 'HUB_ADMIN_PASSWORD is required when HUB_ADMIN_EMAIL is set' : 'HUB_ADMIN_EMAIL is required when HUB_ADMIN_PASSWORD is set',
    ]);
  }
  const productionProblems = [
    e.MEILI_URL && !e.MEILI_MASTER_KEY ? 'MEILI_MASTER_KEY is required in production when MEILI_URL is set' : null,
    !e.HUB_JWT_SECRET ? 'HUB_JWT_SECRET is required in production (32+ characters)' : null,
  ].filter((problem): problem is string => problem !== null);
  if (e.NODE_ENV === 'production' && productionProblems.length > 0) throw new ConfigError(productionProblems);
  if (e.HUB_SEARCH_FAULT_INJECTION === '1' && e.NODE_ENV !== 'test') throw new ConfigError(['HUB_SEARCH_FAULT_INJECTION is only allowed when NODE_ENV=test']);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    mongo: { uri: e.MONGODB_URI, dbName: e.MONGODB_DB },
    meilisearch: e.MEILI_URL ? { url: e.MEILI_URL, apiKey: e.MEILI_MASTER_KEY } : null,
    webDistDir: e.WEB_DIST_DIR ?? null,
    logLevel: e.LOG_LEVEL,
    jwtSecret: e.HUB_JWT_SECRET ?? randomBytes(32).toString('hex'),
    demoData: e.HUB_DEMO_DATA === 'true',
    dataDir: e.HUB_DATA_DIR ?? null,
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    firstAdmin: e.HUB_ADMIN_EMAIL && e.HUB_ADMIN_PASSWORD ? { email: e.HUB_ADMIN_EMAIL.toLowerCase(), password: e.HUB_ADMIN_PASSWORD } : null,
    adminOrganisation: e.HUB_ADMIN_ORGANISATION,
    smallCellK: e.SMALL_CELL_K,
    searchFaultInjection: e.HUB_SEARCH_FAULT_INJECTION === '1',
    searchSweepMs: e.HUB_SEARCH_SWEEP_MS ?? null,
    rateLimits: rateLimitsFrom(e.NODE_ENV, {
      signInPerIp: e.HUB_RATE_LIMIT_SIGN_IN_IP,
      signInPerAccount: e.HUB_RATE_LIMIT_SIGN_IN_ACCOUNT,
      accountLinksPerIp: e.HUB_RATE_LIMIT_ACCOUNT_LINKS_IP,
      writesPerUser: e.HUB_RATE_LIMIT_WRITES_USER,
    }),
    trustProxyHops: e.HUB_TRUST_PROXY_HOPS,
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM ?? `Knowledge Hub <no-reply@${new URL(e.PUBLIC_URL).hostname}>` } : null,
    reminderDays: e.HUB_REMINDER_DAYS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
