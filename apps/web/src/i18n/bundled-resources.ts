import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import peopleAr from './locales/people/people-ar.json';
import peopleEn from './locales/people/people-en.json';
import peopleFr from './locales/people/people-fr.json';

/** All three locales in memory, for tests (the app loads one language at a time: `loadI18n`). */
export const bundledResources = {
  en: { translation: en, people: peopleEn },
  ar: { translation: ar, people: peopleAr },
  fr: { translation: fr, people: peopleFr },
} as const;
