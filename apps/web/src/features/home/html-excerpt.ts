/**
 * Plain text from the server's sanitised HTML, cut at a word: for excerpts shown as text (never
 * injected as HTML). DOMParser builds an inert document: nothing in it runs or loads.
 */
export function htmlExcerpt(html: string, maxLength = 220): string {
  const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
