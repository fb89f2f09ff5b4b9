export {
  applyDocumentLanguage,
  chooseLanguage,
  createI18n,
  detectLanguage,
  directionOf,
  holdLanguageChangesUntil,
  isLanguage,
  loadI18n,
  LANGUAGE_NAMES,
  LANGUAGE_STORAGE_KEY,
  preferredBrowserLanguage,
  shareLanguageWithServer,
  storedLanguage,
  SUPPORTED_LANGUAGES,
  type Language,
} from './i18n';
export { LanguageSwitcher } from './language-switcher';
