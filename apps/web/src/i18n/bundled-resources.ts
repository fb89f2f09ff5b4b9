import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

/** All three locales in memory, for tests (the app loads one language at a time: `loadI18n`). */
export const bundledResources = {
  en: { translation: en },
  ar: { translation: ar },
  fr: { translation: fr },
} as const;
