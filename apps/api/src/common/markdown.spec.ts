import { XSS_CORPUS, unsafeHtmlParts } from '@hub/domain/testing';
import { markdownToText, renderMarkdown } from './markdown';

// The corpus is shared with the web's component tests and the browser test (libs/domain/src/testing).

describe('markdown rendering', () => {
  it.each(XSS_CORPUS.map((payload) => [payload.name, payload.markdown]))('renders the %s payload harmless', (_, markdown) => {
    expect(unsafeHtmlParts(renderMarkdown(markdown))).toEqual([]);
  });

  it('detects an unsafe rendering (the check itself can fail)', () => {
    expect(unsafeHtmlParts('<a href="javascript:x" onclick="y">z</a><script></script>')).toEqual([
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

  it('renders the same text the same way from its cache, harmless too, and keeps working past the cache bound', () => {
    for (const payload of XSS_CORPUS) expect(renderMarkdown(payload.markdown)).toBe(renderMarkdown(payload.markdown));
    for (const payload of XSS_CORPUS) expect(unsafeHtmlParts(renderMarkdown(payload.markdown))).toEqual([]);
    for (let i = 0; i < 6_000; i++) expect(renderMarkdown(`item **${i}**`)).toBe(`<p>item <strong>${i}</strong></p>\n`);
    expect(renderMarkdown('item **0**')).toBe('<p>item <strong>0</strong></p>\n');
    // Long texts fill the cache's character bound well before its entry bound: still rendered right.
    const long = (i: number) => `${'word '.repeat(3_900)}${i}`;
    for (let i = 0; i < 450; i++) expect(renderMarkdown(long(i)).endsWith(`${i}</p>\n`)).toBe(true);
    expect(renderMarkdown(long(0)).endsWith('0</p>\n')).toBe(true);
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
