import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from './format';

// Properties, not methods: components destructure them (`const { formatDate } = useDateFormat()`).
export interface DateFormat {
  formatDate: (value: string | Date) => string;
  formatDateTime: (value: string | Date) => string;
}

const subscribeNever = () => () => undefined;

/**
 * A server render cannot know the reader's time zone, and hydration needs the client's first render
 * to repeat the server's text: both use UTC (the server snapshot), and React renders again in the
 * reader's zone right after hydrating. A render on the client alone uses the reader's zone at once.
 */
export function useRenderTimeZone(): string | undefined {
  return useSyncExternalStore(subscribeNever, () => undefined, () => 'UTC');
}

/** formatDate/formatDateTime bound to the interface language and the render's time zone. */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const timeZone = useRenderTimeZone();
  return useMemo(
    () => ({
      formatDate: (value: string | Date) => formatDate(value, language, timeZone),
      formatDateTime: (value: string | Date) => formatDateTime(value, language, timeZone),
    }),
    [language, timeZone],
  );
}
