import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const SUPPORTED_LANGUAGES = ['en', 'ar', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'hub.language';

// Each language is named in itself (an endonym), so these labels are the same in every locale.
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ar: 'العربية',
  fr: 'Français',
};

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
  fr: { translation: fr },
} as const;

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

/** The stored choice first, then the browser's preferred languages, then English. */
export function detectLanguage(
  storage: Storage | undefined = safeLocalStorage(),
  browserLanguages: readonly string[] = navigatorLanguages(),
): Language {
  const stored = readStoredLanguage(storage);
  if (stored) return stored;
  for (const tag of browserLanguages) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
}

export function applyDocumentLanguage(language: Language, root: HTMLElement = document.documentElement): void {
  root.lang = language;
  root.dir = directionOf(language);
}

/** Sets the language the user picked and remembers it for the next visit. */
export async function chooseLanguage(i18n: I18n, language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

/** A ready instance: resources are bundled, so initialisation is synchronous. */
export function createI18n(language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (changed: string) => {
    if (isLanguage(changed)) applyDocumentLanguage(changed);
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
