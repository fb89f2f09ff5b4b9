import { detectPersonalData } from './personal-data-detector';
import { placeholderFor, redactPersonalData } from './redaction';

describe('redactPersonalData', () => {
  const text = 'KI in Bebnine (call him on 70 123 456, case LEB-15C04821) said rent is LBP 150,000.';

  it('replaces each finding in place with an English placeholder by default', () => {
    expect(redactPersonalData(text, detectPersonalData(text))).toBe(
      'KI in Bebnine (call him on [phone number removed], case [case number removed]) said rent is LBP 150,000.',
    );
  });

  it('offers Arabic and French placeholders', () => {
    const arabic = 'رقمه ٠٣-١٢٣٤٥٦ وإيميله a.b@gmail.com';
    expect(redactPersonalData(arabic, detectPersonalData(arabic), { language: 'ar' })).toBe(
      'رقمه [تم حذف رقم الهاتف] وإيميله [تم حذف البريد الإلكتروني]',
    );
    const french = 'Position : 34.54213, 36.07795.';
    expect(redactPersonalData(french, detectPersonalData(french), { language: 'fr' })).toBe(
      'Position : [localisation supprimée].',
    );
  });

  it('accepts a fixed or computed replacement', () => {
    const findings = detectPersonalData(text);
    expect(redactPersonalData(text, findings, { replacement: '███' })).toContain('call him on ███, case ███)');
    expect(redactPersonalData(text, findings, { replacement: (f) => `<${f.kind}>` })).toContain('<PHONE_LEBANON>');
  });

  it('redacts only the findings it is given, and skips stale ones', () => {
    const [phone, caseNumber] = detectPersonalData(text);
    expect(redactPersonalData(text, [caseNumber])).toContain('70 123 456');
    const edited = text.replace('KI', 'The KI');
    expect(redactPersonalData(edited, [phone])).toBe(edited);
  });

  it('has a placeholder for every kind in every language', () => {
    expect(placeholderFor('NATIONAL_ID', 'fr')).toBe("[numéro d'identité supprimé]");
    expect(placeholderFor('CUSTOM', 'ar')).toBe('[تم حذف بيانات شخصية]');
  });
});
