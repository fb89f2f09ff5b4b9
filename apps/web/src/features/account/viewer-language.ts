import type { i18n as I18n } from 'i18next';
import { isLanguage, LANGUAGE_STORAGE_KEY } from '../../i18n';
import { chooseLanguage } from '../../i18n';

/**
 * A language picked on this device wins; otherwise the account's language applies, so an Arabic
 * speaker signing in on a shared phone gets the Arabic interface.
 */
export async function chooseLanguageForViewer(i18n: I18n, language: string): Promise<void> {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (!stored && isLanguage(language) && language !== i18n.language) await chooseLanguage(i18n, language);
}
