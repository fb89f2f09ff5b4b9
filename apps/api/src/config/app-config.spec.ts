import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/' };

  it('applies defaults for a minimal environment', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ env: 'development', port: 3000, mongo: { dbName: 'hub' }, meilisearch: null });
  });

  it('names a missing variable', () => {
    expect(() => loadConfig({})).toThrow(/MONGODB_URI is required/);
  });

  it('names a malformed variable and says what is expected', () => {
    try {
      loadConfig({ ...base, PORT: 'eighty', MEILI_URL: 'not a url' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT /m);
      expect(problems).toMatch(/^MEILI_URL must be an http\(s\) URL/m);
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ ...base, MEILI_URL: '' }).meilisearch).toBeNull();
  });

  it('requires a Meilisearch key in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', MEILI_URL: 'http://meili:7700' })).toThrow(
      /MEILI_MASTER_KEY is required/,
    );
  });

  it('requires a token-signing secret in production, and a strong one anywhere', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/HUB_JWT_SECRET is required/);
    expect(() => loadConfig({ ...base, HUB_JWT_SECRET: 'short' })).toThrow(/HUB_JWT_SECRET must be at least 32/);
    expect(loadConfig({ ...base, NODE_ENV: 'production', HUB_JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('builds links from PUBLIC_URL (default http://localhost:3000) and refuses a non-http one', () => {
    expect(loadConfig(base).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://hub.example.org/' }).publicUrl).toBe('https://hub.example.org');
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'ftp://hub.example.org' })).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  });

  it('reads the first platform admin only as an e-mail and a long enough password together', () => {
    expect(loadConfig(base)).toMatchObject({ firstAdmin: null, adminOrganisation: 'Platform administrators' });
    const password = 'p'.repeat(12);
    expect(loadConfig({ ...base, HUB_ADMIN_EMAIL: 'Admin@Example.org', HUB_ADMIN_PASSWORD: password, HUB_ADMIN_ORGANISATION: 'Hub team' })).toMatchObject({
      firstAdmin: { email: 'admin@example.org', password },
      adminOrganisation: 'Hub team',
    });
    expect(() => loadConfig({ ...base, HUB_ADMIN_EMAIL: 'admin@example.org' })).toThrow(/HUB_ADMIN_PASSWORD is required/);
    expect(() => loadConfig({ ...base, HUB_ADMIN_PASSWORD: password })).toThrow(/HUB_ADMIN_EMAIL is required/);
    expect(() => loadConfig({ ...base, HUB_ADMIN_EMAIL: 'admin@example.org', HUB_ADMIN_PASSWORD: 'short' })).toThrow(/HUB_ADMIN_PASSWORD must be at least 12/);
    expect(() => loadConfig({ ...base, HUB_ADMIN_EMAIL: 'nope', HUB_ADMIN_PASSWORD: password })).toThrow(/HUB_ADMIN_EMAIL must be an e-mail/);
  });

  it('turns e-mail on with an SMTP URL, never echoing it in an error, and reads the reminder days', () => {
    expect(loadConfig(base)).toMatchObject({ mail: null, reminderDays: 3 });
    expect(loadConfig({ ...base, SMTP_URL: 'smtp://hub:s3cret@mail.example.org:587', PUBLIC_URL: 'https://hub.example.org' }).mail).toEqual({
      smtpUrl: 'smtp://hub:s3cret@mail.example.org:587',
      from: 'Knowledge Hub <no-reply@hub.example.org>',
    });
    expect(loadConfig({ ...base, SMTP_URL: 'smtps://mail.example.org', MAIL_FROM: 'Hub <hub@example.org>' }).mail?.from).toBe('Hub <hub@example.org>');
    try {
      loadConfig({ ...base, SMTP_URL: 'http://hub:s3cret@mail.example.org', HUB_REMINDER_DAYS: '0' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/m);
      expect(problems).toMatch(/^HUB_REMINDER_DAYS /m);
      expect(problems).not.toContain('s3cret');
    }
  });
});
