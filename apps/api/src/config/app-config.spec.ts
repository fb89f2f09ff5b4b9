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
});
