import { htmlExcerpt } from './html-excerpt';

describe('htmlExcerpt', () => {
  it('keeps the text of the sanitised HTML, with a space where blocks meet', () => {
    expect(htmlExcerpt('<h2>Findings</h2><p>Families in <strong>Akkar</strong> moved.</p><ul><li>one</li><li>two</li></ul>')).toBe('Findings Families in Akkar moved. one two');
  });

  it('decodes the character references markdown-it writes, and numeric ones', () => {
    expect(htmlExcerpt('<p>Tom &amp; Jerry &lt;3 &quot;quoted&quot; &#39;s &#x41;&#66; &copy;</p>')).toBe('Tom & Jerry <3 "quoted" \'s AB &copy;');
  });

  it('never turns escaped markup back into tags: the result is text for React to escape', () => {
    expect(htmlExcerpt('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
  });

  it('cuts at a word and marks the cut', () => {
    const excerpt = htmlExcerpt(`<p>${'word '.repeat(100)}</p>`, 22);
    expect(excerpt).toBe('word word word word…');
  });

  it('keeps Arabic text whole', () => {
    expect(htmlExcerpt('<p>عمالة الأطفال في عكار</p>')).toBe('عمالة الأطفال في عكار');
  });
});
