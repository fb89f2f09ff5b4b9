/**
 * Markdown XSS corpus, shared by the API's renderer tests, the web's component tests (jsdom) and
 * the browser test. Every payload that could run would set `window.__xss` or call `alert`, so the
 * browser test can trap it; the checks below look for anything executable whatever the payload.
 * Test code only: import it as `@hub/domain/testing`.
 */
export interface XssPayload {
  name: string;
  markdown: string;
}

export const XSS_CORPUS: readonly XssPayload[] = [
  { name: 'script tag', markdown: '<script>window.__xss = 1</script>' },
  { name: 'mixed-case script tag', markdown: '<ScRiPt>alert(1)</sCrIpT>' },
  { name: 'script split by markdown', markdown: '<scr<script>ipt>alert(1)</script>' },
  { name: 'javascript: link', markdown: '[click](javascript:window.__xss=1)' },
  { name: 'mixed-case javascript: link', markdown: '[click](JaVaScRiPt:alert(1))' },
  { name: 'entity-encoded javascript: link', markdown: '[click](&#106;avascript:alert(1))' },
  { name: 'hex-entity javascript: link', markdown: '[click](&#x6A;&#x61;vascript:alert(1))' },
  { name: 'javascript&colon; link', markdown: '[click](javascript&colon;alert(1))' },
  { name: 'tab inside javascript:', markdown: '[click](java&#x09;script:window.__xss=1)' },
  { name: 'newline inside javascript:', markdown: '[click](jav&#x0A;ascript:alert(1))' },
  { name: 'percent-encoded javascript:', markdown: '[click](%6Aavascript:alert(1))' },
  { name: 'backslash before javascript:', markdown: '[click](\\javascript:alert(1))' },
  { name: 'angle-bracket javascript: link', markdown: '[click](<javascript:alert(1)>)' },
  { name: 'javascript: autolink', markdown: '<javascript:alert(1)>' },
  { name: 'javascript: reference link', markdown: '[click][x]\n\n[x]: javascript:window.__xss=1' },
  { name: 'vbscript: link', markdown: '[click](vbscript:msgbox(1))' },
  { name: 'javascript: image', markdown: '![img](javascript:alert(1))' },
  { name: 'img onerror', markdown: '<img src=x onerror="window.__xss=1">' },
  { name: 'mixed-case img onerror', markdown: '<IMG SRC=x OnErRoR=alert(1)>' },
  { name: 'entity-encoded img onerror', markdown: '&lt;img src=x onerror=alert(1)&gt;' },
  { name: 'anchor onclick', markdown: '<a href="https://example.org" onclick="window.__xss=1">x</a>' },
  { name: 'attribute breakout in a link title', markdown: '[x](https://example.org "a\\" onmouseover=\\"window.__xss=1")' },
  { name: 'svg onload', markdown: '<svg onload="window.__xss=1"><circle r="1"/></svg>' },
  { name: 'svg with script', markdown: '<svg><script>window.__xss=1</script></svg>' },
  { name: 'svg data: image', markdown: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)' },
  { name: 'data: html link', markdown: '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { name: 'iframe', markdown: '<iframe src="https://evil.example"></iframe>' },
  { name: 'iframe srcdoc', markdown: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' },
  { name: 'object and embed', markdown: '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">' },
  { name: 'style tag with url(javascript:)', markdown: '<style>body { background: url("javascript:alert(1)") }</style>' },
  { name: 'style attribute with expression()', markdown: '<p style="width: expression(alert(1))">x</p>' },
  { name: 'form with javascript: action', markdown: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'base href', markdown: '<base href="javascript:alert(1)//">' },
  { name: 'link target without rel', markdown: '<a href="https://evil.example" target="_blank">tabnab</a>' },
  { name: 'autolinked URL with script', markdown: 'https://example.org/?q=<script>alert(1)</script>' },
  { name: 'protocol-relative link', markdown: '[x](//evil.example/steal)' },
  { name: 'html in a table cell', markdown: '| a |\n|---|\n| <img src=x onerror=alert(1)> |' },
  { name: 'html in a code span', markdown: '`<script>alert(1)</script>`' },
  { name: 'markdown inside raw html', markdown: '<div onmouseover="alert(1)">**bold**</div>' },
];

/** Elements and attributes sanitised HTML may hold (the API's allowlist); anything else is a finding. */
const SAFE_ELEMENTS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const SAFE_ATTRIBUTES = ['href', 'title', 'rel', 'target', 'start', 'align'];

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&amp;/g, '&');
}

/** The scheme a browser would give an href on the hub's pages (relative links stay on the hub). */
function linkProtocol(href: string): string {
  try {
    return new URL(href, 'https://hub.example/questions/1').protocol;
  } catch {
    return 'invalid:';
  }
}

/**
 * What in sanitised HTML (as a string, e.g. the API's `bodyHtml`) is not allowlisted or could run:
 * an element outside the allowlist, any other attribute, a link to anything but http(s) or mailto,
 * a new-tab link without rel="noopener". Text that merely mentions an attack is fine.
 */
export function unsafeHtmlParts(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, name, attributes] of html.matchAll(/<\/?([a-z][a-z0-9-]*)([^>]*)>/gi)) {
    if (!SAFE_ELEMENTS.includes(name.toLowerCase())) problems.push(`element ${name}`);
    if (tag.startsWith('</')) continue;
    const values = new Map<string, string>();
    const rest = attributes.replace(/\s([^\s=/>]+)="([^"]*)"/g, (_, attribute: string, value: string) => {
      values.set(attribute.toLowerCase(), decodeEntities(value));
      return '';
    });
    if (rest.trim() && rest.trim() !== '/') problems.push(`unparsed attributes ${rest.trim()}`);
    for (const [attribute, value] of values) {
      if (!SAFE_ATTRIBUTES.includes(attribute)) problems.push(`attribute ${attribute}`);
      if (attribute === 'href' && !['http:', 'https:', 'mailto:'].includes(linkProtocol(value))) problems.push(`href ${value}`);
    }
    if (values.get('target') === '_blank' && !/\bnoopener\b/.test(values.get('rel') ?? '')) problems.push('target=_blank without rel=noopener');
  }
  return problems;
}

/**
 * The same check on a live DOM (jsdom, or Chromium through page.evaluate: self-contained on
 * purpose, it references nothing outside its body). Pass the container of server-rendered HTML.
 */
export function unsafeDomParts(root: Element): string[] {
  const safeElements = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
  const safeAttributes = ['href', 'title', 'rel', 'target', 'start', 'align'];
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const name = element.localName;
    if (!safeElements.includes(name)) problems.push(`element ${name}`);
    for (const attribute of Array.from(element.attributes)) {
      if (!safeAttributes.includes(attribute.name)) problems.push(`attribute ${attribute.name} on ${name}`);
    }
    if (name === 'a' && element.hasAttribute('href')) {
      const protocol = (element as HTMLAnchorElement).protocol;
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) problems.push(`href ${element.getAttribute('href')}`);
    }
    if (element.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(element.getAttribute('rel') ?? '')) problems.push('target=_blank without rel=noopener');
  }
  return problems;
}

/**
 * Anything executable anywhere in a page (not only in server HTML): inline event handlers, script
 * URLs in any URL attribute, frames, plugins, scripts in the body, refresh or base tags. Also
 * self-contained for page.evaluate.
 */
export function executableDomParts(root: Element): string[] {
  const problems: string[] = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background'];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const name = element.localName;
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(name)) problems.push(`element ${name}`);
    if (name === 'script' && element.closest('body')) problems.push('script in the body');
    if (name === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') problems.push('meta refresh');
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`handler ${attribute.name} on ${name}`);
      const value = attribute.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (urlAttributes.includes(attribute.name.toLowerCase()) && /^(javascript|vbscript|data):/.test(value)) problems.push(`${attribute.name}=${attribute.value} on ${name}`);
      if (attribute.name === 'style' && /expression\(|javascript:|url\(/i.test(attribute.value)) problems.push(`style ${attribute.value} on ${name}`);
    }
  }
  return problems;
}
