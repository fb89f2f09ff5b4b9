/**
 * Dates and numbers in the interface language, with Intl (Arabic gets its own digits and calendar
 * names). A formatter is costly to create and a page formats hundreds of values: one per language
 * and style, made on first use.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/**
 * `timeZone` absent means the reader's own zone. Components format through `useDateFormat`, which
 * passes 'UTC' for a server render and the hydration that follows it.
 */
export function formatDate(value: string | Date, language: string, timeZone?: string): string {
  return formatter(`date:${language}:${timeZone ?? ''}`, () => new Intl.DateTimeFormat(language, withZone({ dateStyle: 'medium' }, timeZone))).format(new Date(value));
}

export function formatDateTime(value: string | Date, language: string, timeZone?: string): string {
  return formatter(`datetime:${language}:${timeZone ?? ''}`, () =>
    new Intl.DateTimeFormat(language, withZone({ dateStyle: 'medium', timeStyle: 'short' }, timeZone)),
  ).format(new Date(value));
}

export function formatNumber(value: number, language: string): string {
  return formatter(`number:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

// The reader's zone is Intl's default, so a formatter for it gets no `timeZone` key at all.
function withZone(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormatOptions {
  return timeZone === undefined ? options : { ...options, timeZone };
}
