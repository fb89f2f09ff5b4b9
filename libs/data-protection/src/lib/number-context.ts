// Amounts are the most common near-miss: "71 500 000 LBP" is written exactly like a phone number.
// Latin codes need word edges so "well: 34.1…" is not read as "LL".
const CURRENCY_BEFORE =
  /(?:\$|€|£|(?<![A-Za-z])(?:us\$|usd|lbp|l\.l\.?|ll|eur|syp)|ل\.\s?ل\.?|ل\.\s?س\.?|ليرة|دولار)\s*:?\s*$/i;
const CURRENCY_AFTER =
  /^\s*(?:\$|€|£|%|(?:us\$|usd|lbp|l\.l|ll|eur|euros?|syp|livres?|dollars?|lires?|liras?|lira|millions?|milliards?)(?![A-Za-z])|ل\.\s?ل|ل\.\s?س|ليرة|ليره|دولار|مليون|ألف|الف)/i;

const LOOK_BEHIND = 8;
const LOOK_AHEAD = 12;

/** True when a currency sign or word sits right before or after the number. */
export function isNextToCurrency(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - LOOK_BEHIND), start);
  const after = folded.slice(end, end + LOOK_AHEAD);
  return CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after);
}
