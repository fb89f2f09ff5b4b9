import { Fragment } from 'react';

export interface HighlightRangeLike {
  start: number;
  end: number;
}

/** Splits text at the ranges: pieces to show as they are, and pieces to mark. Pure, for tests. */
export function splitHighlights(text: string, ranges: ReadonlyArray<HighlightRangeLike>): Array<{ text: string; marked: boolean }> {
  const sorted = [...ranges]
    .map((range) => ({ start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let position = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, position);
    if (range.end <= start) continue;
    if (start > position) pieces.push({ text: text.slice(position, start), marked: false });
    pieces.push({ text: text.slice(start, range.end), marked: true });
    position = range.end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position), marked: false });
  return pieces;
}

/** Search matches as `<mark>`: the text is split, never parsed as HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: ReadonlyArray<HighlightRangeLike> }) {
  return (
    <bdi>
      {splitHighlights(text, ranges).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : <Fragment key={index}>{piece.text}</Fragment>,
      )}
    </bdi>
  );
}
