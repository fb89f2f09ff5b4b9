import { isNextToCurrency } from './number-context';
import type { Span } from './personal-data.types';

/**
 * Lebanon as [longitude, latitude], simplified from Natural Earth 1:110m. The coast is pushed out to
 * sea (nobody lives there) so Tyre and Tripoli stay inside; the land borders keep Damascus, Homs and
 * northern Israel outside, which a bounding box would not.
 */
const LEBANON_OUTLINE: readonly (readonly [number, number])[] = [
  [35.0, 33.08],
  [35.4607, 33.089],
  [35.5528, 33.2643],
  [35.8211, 33.2774],
  [36.0665, 33.8249],
  [36.6118, 34.2018],
  [36.4482, 34.5939],
  [35.9984, 34.6449],
  [35.8, 34.66],
  [35.35, 33.9],
];

/**
 * Precision rule: a position is precise when both parts carry at least 3 decimals of a degree
 * (about 100 m), or degrees-minutes-seconds with seconds or decimal minutes. "33.8 N" or
 * "33.89, 35.50" (about 1 km) describe a town, not a tent.
 */
export const MIN_COORDINATE_DECIMALS = 3;

// Degrees with a decimal part; "," as decimal mark only with 4+ decimals so "150,000" is never one.
const DECIMAL_DEGREES = /(?<![\d.٫])(?<!\d[.٫])[-+]?(\d{1,3})(?:[.٫](\d+)|,(\d{4,}))(?!\d)/g;
const DMS =
  /(?<!\d)(\d{1,3})\s?°\s?(\d{1,2})(?:[.,](\d+))?\s?['′’](?:\s?(\d{1,2}(?:[.,]\d+)?)\s?(?:["″”]|''))?(?:\s?([NSEW]))?/g;

const MAX_GAP = 30;
const GAP_WORDS = /latitude|longitude|lat|long|lng|lon|and|et|خط العرض|خط الطول|العرض|الطول|طول|شمالاً|شمالا|شمال|شرقاً|شرقا|شرق/gi;
const GAP_REST = /^[\s,،;:/|°'"′″()[\]=.NSEWو-]*$/;
const TRAILING_HEMISPHERE = /^(?:\s?°)?(?:\s?[NSEW](?![A-Za-z]))?/;

interface Degree {
  value: number;
  precise: boolean;
  start: number;
  end: number;
}

export function isInsideLebanon(latitude: number, longitude: number): boolean {
  let inside = false;
  for (let i = 0, j = LEBANON_OUTLINE.length - 1; i < LEBANON_OUTLINE.length; j = i, i += 1) {
    const [xi, yi] = LEBANON_OUTLINE[i];
    const [xj, yj] = LEBANON_OUTLINE[j];
    const crosses = yi > latitude !== yj > latitude;
    if (crosses && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function decimalDegrees(folded: string): Degree[] {
  return [...folded.matchAll(DECIMAL_DEGREES)].map((m) => {
    const decimals = m[2] ?? m[3] ?? '';
    const sign = m[0].startsWith('-') ? -1 : 1;
    return {
      value: sign * Number(`${m[1]}.${decimals}`),
      precise: decimals.length >= MIN_COORDINATE_DECIMALS,
      start: m.index,
      end: m.index + m[0].length,
    };
  });
}

function dmsDegrees(folded: string): Degree[] {
  return [...folded.matchAll(DMS)].map((m) => {
    const minutes = Number(`${m[2]}.${m[3] ?? '0'}`);
    const seconds = m[4] !== undefined ? Number(m[4].replace(',', '.')) : 0;
    const sign = m[5] === 'S' || m[5] === 'W' ? -1 : 1;
    return {
      value: sign * (Number(m[1]) + minutes / 60 + seconds / 3600),
      precise: m[4] !== undefined || m[3] !== undefined,
      start: m.index,
      end: m.index + m[0].length,
    };
  });
}

/** Only labels, hemispheres and punctuation between the two numbers of a pair. */
function isPairGap(gap: string): boolean {
  return gap.length <= MAX_GAP && !/\d/.test(gap) && GAP_REST.test(gap.replace(GAP_WORDS, ''));
}

function pairsInLebanon(folded: string, degrees: readonly Degree[], extendEnd: boolean): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < degrees.length; i += 1) {
    const [a, b] = [degrees[i], degrees[i + 1]];
    if (!a.precise || !b.precise || !isPairGap(folded.slice(a.end, b.start))) continue;
    // Latitude and longitude bands do not overlap in Lebanon, so either order (GeoJSON) is clear.
    const inside = isInsideLebanon(a.value, b.value) || isInsideLebanon(b.value, a.value);
    if (!inside || isNextToCurrency(folded, a.start, b.end)) continue;
    const tail = extendEnd ? (TRAILING_HEMISPHERE.exec(folded.slice(b.end))?.[0] ?? '') : '';
    spans.push({ kind: 'COORDINATES', start: a.start, end: b.end + tail.length });
    i += 1;
  }
  return spans;
}

export function findCoordinates(folded: string): Span[] {
  return [
    ...pairsInLebanon(folded, decimalDegrees(folded), true),
    ...pairsInLebanon(folded, dmsDegrees(folded), false),
  ];
}
