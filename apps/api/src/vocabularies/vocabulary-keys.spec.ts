import { placeSearchTerms, tagSlug, tagTerms, uniqueByKey, vocabularyKey } from './vocabulary-keys';

describe('vocabulary keys', () => {
  it('folds accents, hamza, taa marbuta, case and punctuation', () => {
    expect(vocabularyKey('Saïda')).toBe('saida');
    expect(vocabularyKey('Baalbek-El Hermel')).toBe('baalbek el hermel');
    expect(vocabularyKey("Ba'albek")).toBe('baalbek');
    expect(vocabularyKey('زحلة')).toBe(vocabularyKey('زحله'));
    expect(vocabularyKey('الأطفال')).toBe(vocabularyKey('الاطفال'));
    expect(vocabularyKey('  !! ')).toBe('');
  });

  it('lets a prefix of any name, later word or article-less form find a place', () => {
    const terms = placeSearchTerms('LB24', ['West Bekaa', 'البقاع الغربي', 'Békaa-Ouest', 'El Meten']);
    expect(terms).toEqual(expect.arrayContaining(['lb24', 'west bekaa', 'bekaa', 'bekaa ouest', 'ouest', 'البقاع الغربي', 'بقاع الغربي', 'الغربي', 'غربي', 'el meten', 'meten']));
  });

  it('makes URL-friendly slugs and finds tags by each spelling', () => {
    expect(tagSlug('Child  Labour!')).toBe('child-labour');
    expect(tagSlug('عمالة الأطفال')).toBe('عماله-الاطفال');
    expect(tagTerms('child-labour', 'child labour', ['Child Labor', 'child-labour'])).toEqual(['child labour', 'child labor']);
  });

  it('de-duplicates spellings that only differ by case, accents or spaces', () => {
    expect(uniqueByKey(['Zahlé', 'zahle', ' Zahleh ', 'ZAHLEH'])).toEqual(['Zahlé', 'Zahleh']);
  });
});
