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

export function formatDate(value: string | Date, language: string): string {
  return formatter(`date:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(new Date(value));
}

export function formatDateTime(value: string | Date, language: string): string {
  return formatter(`datetime:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(value));
}

export function formatNumber(value: number, language: string): string {
  return formatter(`number:${language}`, () => new Intl.NumberFormat(language)).format(value);
}
