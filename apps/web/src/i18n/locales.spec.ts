import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bundledResources as resources } from './bundled-resources';
import { SUPPORTED_LANGUAGES, type Language } from './i18n';

type Messages = { [key: string]: string | Messages };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const SOURCE_ROOT = join(__dirname, '..');

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }` */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [nested, text] of flatten(value, path)) flat.set(nested, text);
  }
  return flat;
}

/** Every namespace of a language (keys are unique across them: a page's namespace falls back to the main one). */
function messagesOf(language: Language): Map<string, string> {
  return new Map(Object.values(resources[language]).flatMap((namespace) => [...flatten(namespace as Messages)]));
}

/** Plural forms differ by language (Arabic has six), so locales are compared on the base key. */
function baseKeys(messages: Map<string, string>): Set<string> {
  return new Set([...messages.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(spec|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  const english = messagesOf('en');

  describe.each(SUPPORTED_LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
    const messages = messagesOf(language);

    it('has every key English has', () => {
      const own = baseKeys(messages);
      expect([...baseKeys(english)].filter((key) => !own.has(key))).toEqual([]);
    });

    it('has no key English lacks', () => {
      const reference = baseKeys(english);
      expect([...baseKeys(messages)].filter((key) => !reference.has(key))).toEqual([]);
    });

    it('uses the same placeholders as English', () => {
      const mismatched = [...messages].filter(([key, text]) => {
        const source = english.get(key);
        return source !== undefined && placeholders(source).join() !== placeholders(text).join();
      });
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty values', (language) => {
    const empty = [...messagesOf(language)].filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s has every plural form its language needs', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const keys = [...messagesOf(language).keys()];
    const plurals = new Set(keys.filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
    const missing = [...plurals].flatMap((base) =>
      categories.filter((category) => !keys.includes(`${base}_${category}`)).map((category) => `${base}_${category}`),
    );
    expect(missing).toEqual([]);
  });

  it('is not English copied into another language', () => {
    // Names such as "API" may be the same; whole sentences may not.
    const copied = SUPPORTED_LANGUAGES.filter((language) => language !== 'en').flatMap((language) =>
      [...messagesOf(language)]
        .filter(([key, text]) => english.get(key) === text && text.replace(/\{\{[^}]*\}\}/g, '').trim().includes(' '))
        .map(([key]) => `${language}:${key}`),
    );
    expect(copied).toEqual([]);
  });
});

describe('translation keys used in the source', () => {
  const english = baseKeys(messagesOf('en'));
  const files = sourceFiles(SOURCE_ROOT);
  // t('key'), t("key"), i18nKey="key"; keys are always literals so this scan (and tsc) can see them.
  const KEY_PATTERN = /(?:\bt\(\s*|i18nKey=\{?\s*)(['"`])([^'"`]+)\1/g;

  const used = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(KEY_PATTERN)].map((match) => ({
      key: match[2],
      file: relative(SOURCE_ROOT, file),
    })),
  );

  it('finds the keys it is checking', () => {
    expect(used.length).toBeGreaterThan(20);
  });

  it('all exist in en.json', () => {
    const missing = used.filter(({ key }) => !english.has(key)).map(({ key, file }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });
});
