import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in markdown is never rendered; the output is sanitised again as a second wall.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], td: ['align'], th: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

const DISPLAY: sanitizeHtml.IOptions = { ...ALLOWED, allowedAttributes: { ...ALLOWED.allowedAttributes, a: ['href', 'title', 'rel', 'target'] } };

/**
 * Rendered HTML by source text, most recently used last. Rendering and sanitising is a pure
 * function of the text and a question page renders the same bodies again and again (measured: 7% of
 * its CPU). Bounded in entries and in the characters kept (sources and HTML together, ~16 MB).
 */
const RENDERED_MAX_ENTRIES = 5_000;
const RENDERED_MAX_SOURCE_CHARS = 20_000;
const RENDERED_MAX_TOTAL_CHARS = 8_000_000;
const rendered = new Map<string, string>();
let renderedChars = 0;

/** Markdown → safe HTML for display (web pages, e-mails, printable reports). */
export function renderMarkdown(source: string): string {
  const cached = rendered.get(source);
  if (cached !== undefined) {
    rendered.delete(source);
    rendered.set(source, cached);
    return cached;
  }
  const html = sanitizeHtml(markdown.render(source), DISPLAY);
  if (source.length <= RENDERED_MAX_SOURCE_CHARS) {
    rendered.set(source, html);
    renderedChars += source.length + html.length;
    while (rendered.size > RENDERED_MAX_ENTRIES || renderedChars > RENDERED_MAX_TOTAL_CHARS) {
      const [oldestSource, oldestHtml] = rendered.entries().next().value as [string, string];
      rendered.delete(oldestSource);
      renderedChars -= oldestSource.length + oldestHtml.length;
    }
  }
  return html;
}

/** Markdown → plain text, for search documents and notifications. */
export function markdownToText(source: string): string {
  return sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
