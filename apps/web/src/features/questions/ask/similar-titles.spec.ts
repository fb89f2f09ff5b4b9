import { similarByTitle } from './similar-titles';

const questions = [
  { id: '1', title: 'Are evictions in the last six months linked to rent rises?' },
  { id: '2', title: 'Why is school enrolment of 15–17-year-olds so low?' },
  { id: '3', title: 'لماذا ارتفعت أسعار الإيجارات في زحلة؟' },
];

describe('similarByTitle', () => {
  it('finds questions sharing meaningful words, ignoring case and accents', () => {
    expect(similarByTitle('Évictions and RENT in Zahle', questions).map((q) => q.id)).toEqual(['1']);
  });

  it('normalises Arabic letters', () => {
    expect(similarByTitle('اسعار الايجارات في البقاع', questions).map((q) => q.id)).toEqual(['3']);
  });

  it('finds nothing for short or unrelated titles', () => {
    expect(similarByTitle('Why?', questions)).toEqual([]);
    expect(similarByTitle('Water trucking costs', questions)).toEqual([]);
  });
});
