import { mostRestricted, sensitivityRank } from './sensitivity';
import { textDirection } from './languages';

describe('sensitivity levels', () => {
  it('orders levels from public to strictly confidential', () => {
    expect(sensitivityRank('PUBLIC')).toBeLessThan(sensitivityRank('RESTRICTED'));
    expect(sensitivityRank('CONFIDENTIAL')).toBeLessThan(sensitivityRank('STRICTLY_CONFIDENTIAL'));
  });

  it('keeps the more restricted of two levels', () => {
    expect(mostRestricted('PUBLIC', 'CONFIDENTIAL')).toBe('CONFIDENTIAL');
    expect(mostRestricted('STRICTLY_CONFIDENTIAL', 'RESTRICTED')).toBe('STRICTLY_CONFIDENTIAL');
  });
});

describe('languages', () => {
  it('writes Arabic right to left and the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('fr')).toBe('ltr');
  });
});
