import { foldArabic, foldDigits, foldLatin, normaliseForSearch } from './normalise';

describe('text normalisation', () => {
  it('maps Arabic-Indic and extended Arabic-Indic digits to ASCII', () => {
    expect(foldDigits('٠٣-١٢٣٤٥٦')).toBe('03-123456');
    expect(foldDigits('۰۹۱۲')).toBe('0912');
    expect(foldDigits('2019 و ٢٠٢٠')).toBe('2019 و 2020');
  });

  it('folds alef forms, taa marbuta, alef maqsura, diacritics and tatweel', () => {
    expect(foldArabic('أطفال')).toBe('اطفال');
    expect(foldArabic('إعادة')).toBe('اعاده');
    expect(foldArabic('مستشفى')).toBe('مستشفي');
    expect(foldArabic('مَدْرَسَة')).toBe('مدرسه');
    expect(foldArabic('عـــكار')).toBe('عكار');
    expect(foldArabic('آمن')).toBe('امن');
  });

  it('makes أطفال, اطفال and الأطفال share the stem', () => {
    const forms = ['أطفال', 'اطفال', 'الأطفال'].map(normaliseForSearch);
    expect(forms[0]).toBe(forms[1]);
    expect(forms[2]).toBe(`ال${forms[0]}`);
  });

  it('folds French accents and case', () => {
    expect(normaliseForSearch('Sécurité ÉCOLE œuvre')).toBe('securite ecole oeuvre');
    expect(foldLatin('Zahlé')).toBe('Zahle');
  });
});
