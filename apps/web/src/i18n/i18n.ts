import { cookieValue } from '@hub/domain';
import i18next, { type BackendModule, type i18n as I18n, type InitOptions, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['en', 'ar', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'hub.language';
/** A copy of the remembered choice the server can read, to render a page in it (app/server-rendering.ts). */
export const LANGUAGE_COOKIE = 'hub_language';

// Each language is named in itself (an endonym), so these labels are the same in every locale.
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ar: 'العربية',
  fr: 'Français',
};

/**
 * Each language is a chunk of its own, so a first visit downloads the one language it reads (the
 * three together weigh ~20 KB gzipped and grow with every page). The `people` namespace (admin
 * area, profile, organisation page) is a further chunk per language, loaded by those pages only.
 * Tests use the bundled set in `bundled-resources.ts` instead.
 */
export const NAMESPACES = ['translation', 'people'] as const;
export type Namespace = (typeof NAMESPACES)[number];

const LOCALE_CHUNKS: Readonly<Record<Namespace, Readonly<Record<Language, () => Promise<{ default: ResourceKey }>>>>> = {
  translation: {
    en: () => import('./locales/en.json'),
    ar: () => import('./locales/ar.json'),
    fr: () => import('./locales/fr.json'),
  },
  people: {
    en: () => import('./locales/people/people-en.json'),
    ar: () => import('./locales/people/people-ar.json'),
    fr: () => import('./locales/people/people-fr.json'),
  },
};

const localeChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const chunks = (LOCALE_CHUNKS as Record<string, Record<string, () => Promise<{ default: ResourceKey }>> | undefined>)[namespace];
    const load = isLanguage(language) ? chunks?.[language] : undefined;
    if (!load) {
      callback(new Error(`no locale for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ar']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** Maps a BCP 47 tag such as `ar-LB` or `fr-FR` to a supported language, if any. */
export function matchLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

function readStoredLanguage(storage: Storage | undefined): Language | undefined {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    // Storage can be disabled (private browsing, strict settings): fall back to the browser.
    return undefined;
  }
}

/** The choice in the language cookie of a Cookie header (or `document.cookie`), if it names a language. */
export function languageInCookie(cookieHeader: string): Language | undefined {
  const value = cookieValue(cookieHeader, LANGUAGE_COOKIE);
  return isLanguage(value) ? value : undefined;
}

export interface LanguageSources {
  /** The Cookie header or `document.cookie`. */
  cookie?: string;
  /** Asked only when the cookie has no choice: a first read of localStorage can hold the main thread while its store opens. */
  storage?: () => Storage | undefined;
  browserLanguages?: readonly string[];
}

/** The language the reader chose, if any: the cookie first, then localStorage (a choice made before the cookie existed). */
export function storedLanguage({ cookie = documentCookie(), storage = safeLocalStorage }: LanguageSources = {}): Language | undefined {
  return languageInCookie(cookie) ?? readStoredLanguage(storage());
}

/** The first supported language among the browser's preferred ones (BCP 47 tags, best first), else English. */
export function preferredBrowserLanguage(tags: readonly string[] = navigatorLanguages()): Language {
  for (const tag of tags) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/** The stored choice first, then the browser's preferred languages, then English. */
export function detectLanguage(sources: LanguageSources = {}): Language {
  return storedLanguage(sources) ?? preferredBrowserLanguage(sources.browserLanguages);
}

export function rememberLanguage(language: Language, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
  shareLanguageWithServer(language);
}

/** Copies the reader's language into a cookie (a year), so server-rendered pages come in it. Not a secret. */
export function shareLanguageWithServer(language: Language): void {
  if (typeof document === 'undefined' || languageInCookie(document.cookie) === language) return;
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

export function applyDocumentLanguage(language: Language, root: HTMLElement | undefined = typeof document === 'undefined' ? undefined : document.documentElement): void {
  // A server render has no document: the server writes the attributes into the page itself.
  if (!root) return;
  root.lang = language;
  root.dir = directionOf(language);
}

let languageChangesHeld: Promise<unknown> = Promise.resolve();

/**
 * Language changes wait for `released`. On a server-rendered page the header hydrates before the
 * page, and a switch in between would render the page in another language than the server's
 * markup it is taking over (main.tsx holds changes until the page has committed).
 */
export function holdLanguageChangesUntil(released: Promise<unknown>): void {
  languageChangesHeld = released;
}

/** Sets the language the user picked and remembers it for the next visit. */
export async function chooseLanguage(i18n: I18n, language: Language): Promise<void> {
  rememberLanguage(language);
  await languageChangesHeld;
  await i18n.changeLanguage(language);
}

function newInstance(): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (changed: string) => {
    if (isLanguage(changed)) applyDocumentLanguage(changed);
  });
  return instance.use(initReactI18next);
}

const COMMON_OPTIONS: InitOptions = {
  supportedLngs: [...SUPPORTED_LANGUAGES],
  defaultNS: 'translation',
  // Keys not in a page's own namespace (buttons, errors) come from the main one.
  fallbackNS: 'translation',
  load: 'currentOnly',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
};

/** A ready instance over resources already in memory (tests): initialisation is synchronous. */
export function createI18n(language: Language, resources: Resource): I18n {
  const instance = newInstance();
  void instance.init({ ...COMMON_OPTIONS, resources, ns: [...NAMESPACES], lng: language, fallbackLng: DEFAULT_LANGUAGE, initAsync: false });
  return instance;
}

/**
 * The app's instance, resolved once the visitor's language has arrived. No fallback language:
 * every locale is complete (locales.spec.ts), and a fallback would download a second one.
 */
export async function loadI18n(language: Language = detectLanguage()): Promise<I18n> {
  // Ask for the language's chunk at once: i18next reads its backend only after a timer, behind the
  // entry script's other work, and the first paint waits for this chunk. (A module is fetched once,
  // so the backend's own import below finds it.)
  LOCALE_CHUNKS.translation[language]().catch(() => undefined);
  const instance = newInstance().use(localeChunks);
  await instance.init({ ...COMMON_OPTIONS, ns: ['translation'], lng: language, fallbackLng: false });
  return instance;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function documentCookie(): string {
  return typeof document === 'undefined' ? '' : document.cookie;
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
