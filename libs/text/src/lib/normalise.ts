/**
 * Text normalisation shared by search (index and query time, both engines), the personal-data
 * detector and the pickers of the web app. Arabic rules follow DOMAIN.md.
 */

const ARABIC_INDIC_ZERO = 0x0660; // ٠
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0; // ۰ (Persian/Urdu forms)

/** Maps Arabic-Indic and extended Arabic-Indic digits to ASCII digits; leaves the rest alone. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const base = code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - base);
  });
}

/**
 * Arabic orthographic folding: alef forms (أ إ آ ٱ → ا), taa marbuta (ة → ه), alef maqsura (ى → ي),
 * diacritics (U+064B–U+065F, superscript alef U+0670) and tatweel (ـ) removed.
 */
export function foldArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A');
}

/** Latin folding: lower case and accents removed (é → e, ç → c, œ → oe). */
export function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss');
}

/** The one normalisation applied to indexed text and to queries, so both sides match. */
export function normaliseForSearch(text: string): string {
  return foldArabic(foldLatin(foldDigits(text))).toLowerCase();
}
