import { render } from '@testing-library/react';
import { HighlightedText, splitHighlights } from './highlighted-text';

describe('splitHighlights', () => {
  it('marks the ranges and keeps the rest', () => {
    expect(splitHighlights('rent rises in Zahle', [{ start: 14, end: 19 }, { start: 0, end: 4 }])).toEqual([
      { text: 'rent', marked: true },
      { text: ' rises in ', marked: false },
      { text: 'Zahle', marked: true },
    ]);
  });

  it('ignores overlapping and out-of-range parts', () => {
    expect(splitHighlights('abcdef', [{ start: 1, end: 4 }, { start: 2, end: 5 }, { start: 9, end: 12 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: true },
      { text: 'f', marked: false },
    ]);
  });

  it('never turns text into HTML', () => {
    const { container } = render(<HighlightedText text="<img src=x onerror=alert(1)> evictions" ranges={[{ start: 29, end: 38 }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('evictions');
  });
});
