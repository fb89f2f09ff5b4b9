import { displayName, expectedAncestors, flattenPlaceTrees } from './place-tree';
import { LEBANON_PLACES } from './seed/places.lebanon';

describe('place trees', () => {
  it('flattens a tree parents first, with parent codes and ancestors', () => {
    const places = flattenPlaceTrees([LEBANON_PLACES]);
    const saida = places.find((place) => place.code === 'LB61');
    expect(saida).toMatchObject({ parentCode: 'LB6', level: 'DISTRICT', ancestors: ['LB', 'LB6'] });
    const index = new Map(places.map((place, position) => [place.code, position]));
    for (const place of places) if (place.parentCode) expect(index.get(place.parentCode)).toBeLessThan(index.get(place.code) ?? -1);
  });

  it('derives ancestors from parent codes and stops at loops and missing parents', () => {
    const expected = expectedAncestors([
      { code: 'A', parentCode: null },
      { code: 'B', parentCode: 'A' },
      { code: 'C', parentCode: 'B' },
      { code: 'X', parentCode: 'Y' },
      { code: 'Y', parentCode: 'X' },
      { code: 'Z', parentCode: 'GONE' },
    ]);
    expect(expected.get('C')).toEqual(['A', 'B']);
    expect(expected.get('X')).toEqual(['Y']);
    expect(expected.get('Z')).toEqual([]);
  });

  it('joins display names, skipping a repeated one (Beirut, Beirut)', () => {
    expect(displayName(['Saida', 'South'])).toBe('Saida, South');
    expect(displayName(['Beirut', 'Beirut'])).toBe('Beirut');
  });
});
