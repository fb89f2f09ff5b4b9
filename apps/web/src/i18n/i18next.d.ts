import 'i18next';
import type en from './locales/en.json';
import type people from './locales/people/people-en.json';

// Type-checks every t('…') key against the English locale at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: { translation: typeof en; people: typeof people };
  }
}
