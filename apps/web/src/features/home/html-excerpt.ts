/** The character references the API's sanitised markdown HTML contains (markdown-it escapes only these; others arrive as numbers). */
const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeReference(reference: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  }
  return NAMED_REFERENCES[name] ?? reference;
}

/**
 * Plain text from the server's sanitised HTML, cut at a word: for excerpts shown as text (never
 * injected as HTML). A string function, not the DOM: the server render has no DOM, and both sides
 * must produce the same text. Tags become spaces, so two paragraphs do not run into one word.
 */
export function htmlExcerpt(html: string, maxLength = 220): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeReference)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
