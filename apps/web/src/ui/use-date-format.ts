import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from './format';

// Properties, not methods: components destructure them (`const { formatDate } = useDateFormat()`).
export interface DateFormat {
  formatDate: (value: string | Date) => string;
  formatDateTime: (value: string | Date) => string;
}

const subscribeNever = () => () => undefined;

const UTC_NAMES: ReadonlySet<string> = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

/**
 * The zone to format in for the zone the browser names: 'UTC' for any name of UTC, so a reader in
 * UTC renders with the server's formatters and is not rendered a second time after hydration;
 * undefined (the browser's default) if the browser names none.
 */
export function renderZoneFor(browserZone: string | undefined): string | undefined {
  if (!browserZone) return undefined;
  return UTC_NAMES.has(browserZone) ? 'UTC' : browserZone;
}

let readerZone: string | undefined | null = null;

/** The reader's zone, asked of the browser once. */
function readerTimeZone(): string | undefined {
  if (readerZone === null) readerZone = renderZoneFor(new Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined);
  return readerZone;
}

/**
 * A server render cannot know the reader's time zone, and hydration needs the client's first render
 * to repeat the server's text: both use UTC (the server snapshot), and React renders again in the
 * reader's zone right after hydrating (when it is another). A render on the client alone uses the
 * reader's zone at once.
 */
export function useRenderTimeZone(): string | undefined {
  return useSyncExternalStore(subscribeNever, readerTimeZone, () => 'UTC');
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
