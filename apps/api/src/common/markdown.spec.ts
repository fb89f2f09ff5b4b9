import { markdownToText, renderMarkdown } from './markdown';

// A small XSS corpus: each must render without anything executable.
const ATTACKS = [
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle/></svg>',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '<a href="https://x.org" onclick="alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '[x](vbscript:msgbox(1))',
];

const SAFE_TAGS = new Set(['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr']);

/** Every element is allowlisted and every attribute is inert (text that merely *mentions* an attack is fine). */
function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const [, name, attributes] of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
    if (!SAFE_TAGS.has(name.toLowerCase())) problems.push(`element ${name}`);
    for (const [, attribute, value] of attributes.matchAll(/([a-z-]+)="([^"]*)"/gi)) {
      if (!['href', 'title', 'rel', 'target', 'start'].includes(attribute)) problems.push(`attribute ${attribute}`);
      if (attribute === 'href' && !/^(https?:|mailto:)/i.test(value)) problems.push(`href ${value}`);
    }
  }
  return problems;
}

describe('markdown rendering', () => {
  it.each(ATTACKS)('renders %j harmless', (attack) => {
    expect(unsafeParts(renderMarkdown(attack))).toEqual([]);
  });

  it('detects an unsafe rendering (the check itself can fail)', () => {
    expect(unsafeParts('<a href="javascript:x" onclick="y">z</a><script></script>')).toEqual([
      'href javascript:x',
      'attribute onclick',
      'element script',
      'element script',
    ]);
  });

  it('keeps ordinary formatting and makes links safe', () => {
    const html = renderMarkdown('**Akkar**: see [VASyR](https://data.unhcr.org/vasyr) _2023_');
    expect(html).toContain('<strong>Akkar</strong>');
    expect(html).toContain('<em>2023</em>');
    expect(html).toContain('href="https://data.unhcr.org/vasyr"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('keeps Arabic text intact', () => {
    expect(renderMarkdown('عمالة **الأطفال** في عكار')).toContain('عمالة <strong>الأطفال</strong> في عكار');
  });

  it('turns markdown into plain text for search', () => {
    expect(markdownToText('# Debt\n\nHouseholds borrow from **shops** & landlords <script>x</script>')).toBe(
      'Debt Households borrow from shops & landlords <script>x</script>',
    );
  });
});
