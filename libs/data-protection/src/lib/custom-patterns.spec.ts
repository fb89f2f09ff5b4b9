import { hasNestedQuantifier, validateCustomPattern } from './custom-patterns';
import { detectPersonalData } from './personal-data-detector';
import type { CustomPattern } from './personal-data.types';

const ration: CustomPattern = { id: 'ration-card', label: 'Ration card', pattern: 'RC-\\d{6}', flags: 'i' };

describe('custom patterns', () => {
  it('accepts a valid pattern', () => {
    expect(validateCustomPattern(ration)).toMatchObject({ valid: true });
  });

  it.each([
    [{ ...ration, pattern: 'RC-(\\d{6}' }, 'SYNTAX'],
    [{ ...ration, pattern: '\\d*' }, 'MATCHES_EMPTY'],
    [{ ...ration, pattern: '(?=x)' }, 'MATCHES_EMPTY'],
    [{ ...ration, pattern: '(\\d+)+$' }, 'NESTED_QUANTIFIER'],
    [{ ...ration, pattern: '(a*)*b' }, 'NESTED_QUANTIFIER'],
    [{ ...ration, flags: 'y' }, 'INVALID_FLAGS'],
    [{ ...ration, pattern: 'a'.repeat(501) }, 'TOO_LONG'],
    [{ ...ration, id: ' ' }, 'MISSING_ID'],
    [{ ...ration, label: '' }, 'MISSING_LABEL'],
  ])('rejects %o with %s', (pattern, code) => {
    expect(validateCustomPattern(pattern)).toMatchObject({ valid: false, code });
  });

  it('does not take quantifiers inside a character class or escaped for nesting', () => {
    expect(hasNestedQuantifier('([+*]\\d)+')).toBe(false);
    expect(hasNestedQuantifier('(\\+961)?')).toBe(false);
  });

  it('reports matches with the pattern id and label, on digit-folded text', () => {
    const text = 'البطاقة rc-١٢٣٤٥٦ للعائلة';
    const findings = detectPersonalData(text, { customPatterns: [ration] });
    expect(findings).toEqual([
      { kind: 'CUSTOM', start: 8, end: 17, text: 'rc-١٢٣٤٥٦', patternId: 'ration-card', patternLabel: 'Ration card' },
    ]);
  });

  it('skips invalid patterns and keeps the valid ones', () => {
    const broken: CustomPattern = { id: 'broken', label: 'Broken', pattern: '(' };
    const empty: CustomPattern = { id: 'empty', label: 'Empty', pattern: 'x*' };
    const findings = detectPersonalData('Card RC-654321.', { customPatterns: [broken, empty, ration] });
    expect(findings.map((f) => f.patternId)).toEqual(['ration-card']);
  });

  it('merges a custom match overlapping a built-in finding into one span', () => {
    const withName: CustomPattern = { id: 'name-phone', label: 'Name and phone', pattern: 'Abu Ali,? \\d{2} \\d{3} \\d{3}' };
    const findings = detectPersonalData('Shawish Abu Ali, 76 019 224, 27 tents.', { customPatterns: [withName] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'CUSTOM', text: 'Abu Ali, 76 019 224' });
  });
});
