import { detectPersonalData } from './personal-data-detector';
import type { PersonalDataKind } from './personal-data.types';

const found = (text: string): [PersonalDataKind, string][] =>
  detectPersonalData(text).map((f) => [f.kind, f.text]);

describe('detectPersonalData', () => {
  describe('UNHCR numbers', () => {
    it.each([
      ['Follow-up on case LEB-15C04821 next week.', 'UNHCR_CASE_NUMBER', 'LEB-15C04821'],
      ['ملف رقم 909-12C004183 من سنة ٢٠١٤', 'UNHCR_CASE_NUMBER', '909-12C004183'],
      ['Dossier LEB-14-118223, réévaluation demandée.', 'UNHCR_CASE_NUMBER', 'LEB-14-118223'],
      ['Individual 245-10482736 referred to CP.', 'UNHCR_INDIVIDUAL_ID', '245-10482736'],
      ['الرقم الفردي LEB-00482913 للجدة', 'UNHCR_INDIVIDUAL_ID', 'LEB-00482913'],
      ['Code-barres LB-204-118305 de la famille.', 'UNHCR_BARCODE', 'LB-204-118305'],
    ])('flags %s', (text, kind, match) => {
      expect(found(text)).toEqual([[kind, match]]);
    });

    it.each([
      'P-codes LB51, LB2301 and LB510101 are places, not people.',
      'من أصل ٧٨١ أسرة، ٢٤٥ عندها فرد من ذوي الإعاقة.',
      'Réf. HCR/LEB/2021/0456 – frais de séjour.',
      'Numeric prefix without separator: 24500123456 is not a UNHCR number.',
    ])('does not flag %s as a UNHCR number', (text) => {
      expect(found(text).filter(([kind]) => kind.startsWith('UNHCR'))).toEqual([]);
    });
  });

  describe('phone numbers', () => {
    it.each([
      ['Key informant in Bebnine (call him on 70 123 456) said…', 'PHONE_LEBANON', '70 123 456'],
      ['الشاويش بيرد على ٠٣-١٢٣٤٥٦ إذا بدكن ترجعوا', 'PHONE_LEBANON', '٠٣-١٢٣٤٥٦'],
      ['Tél. : +961 71 982 144 (Rima)', 'PHONE_LEBANON', '+961 71 982 144'],
      ['Call 00961 76 305 118 for the committee', 'PHONE_LEBANON', '00961 76 305 118'],
      ['Le propriétaire (78.44.12.09) menace', 'PHONE_LEBANON', '78.44.12.09'],
      ['رقم المفتاح +٩٦١ ٣ ٤٤٥ ٢١٠', 'PHONE_LEBANON', '+٩٦١ ٣ ٤٤٥ ٢١٠'],
      ['Présidente : +961 (70) 123-456', 'PHONE_LEBANON', '+961 (70) 123-456'],
      ['Landline 08-370415 in Baalbek', 'PHONE_LEBANON', '08-370415'],
      ["ra2mo 81-123-456 bas ma ta3touh la 7ada", 'PHONE_LEBANON', '81-123-456'],
      ['His brother calls from +963 944 281 730', 'PHONE_SYRIA', '+963 944 281 730'],
      ['رقمه السوري ۰۹۸۸۶۱۷۲۰۴ ما بيلقط', 'PHONE_SYRIA', '۰۹۸۸۶۱۷۲۰۴'],
      ['Ligne syrienne 0988 617 204, coupée', 'PHONE_SYRIA', '0988 617 204'],
    ])('flags %s', (text, kind, match) => {
      expect(found(text)).toEqual([[kind, match]]);
    });

    it('finds two numbers separated by a slash', () => {
      expect(found('Mukhtar: 03 715 228 / 81 644 902.')).toEqual([
        ['PHONE_LEBANON', '03 715 228'],
        ['PHONE_LEBANON', '81 644 902'],
      ]);
    });

    it.each([
      'Rent rose from LBP 150,000 to LBP 1,200,000 between 2019 and 2022.',
      'Landlords ask 71 500 000 LBP a year; a generator costs $25.',
      'الإيجار ٧١ ٥٠٠ ٠٠٠ ل.ل. بالسنة',
      'Budget : 76 500 000 pour la réhabilitation.',
      'Distribution on 03/12/2023 at 09:30; report of 2023-03-12; FGDs on 12.03.2024.',
      'التوزيع يوم ٠٣/١٢/٢٠٢٣ الساعة ٠٩:٣٠',
      'Households below the SMEB went from 55% (2019) to 89% (2020); 2017-2020 LCRP.',
      'Sa sœur en France : 06 12 48 77 30, ou +33 6 12 48 77 30.',
      'Jordan office +962 79 552 4418; US line 1-202-555-0143; hotline 1526.',
      'Population libanaise estimée à 3 864 296 habitants.',
      'Law 81/2018 and decision 2023/0458.',
    ])('does not flag the near-miss %s', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('e-mail addresses', () => {
    it.each([
      ['Contact: abu.khaled1975@gmail.com, 34 tents.', 'abu.khaled1975@gmail.com'],
      ['ابعتوا اللائحة على hana.saleh@ngo-lebanon.org قبل الجمعة', 'hana.saleh@ngo-lebanon.org'],
      ['par mail à l.haddad@caritas.org.lb.', 'l.haddad@caritas.org.lb'],
    ])('flags %s', (text, match) => {
      expect(found(text)).toEqual([['EMAIL', match]]);
    });

    it('does not flag a handle or a bare domain', () => {
      expect(found('Follow @unhcrlebanon and see data.unhcr.org/lebanon for 2023.')).toEqual([]);
    });
  });

  describe('national id numbers', () => {
    it.each([
      ['Syrian national number 03011284759 on the notice.', '03011284759'],
      ['رقم الهوية اللبنانية ٥٢٠١٣٣٨٤٧١٠٢ على العقد', '٥٢٠١٣٣٨٤٧١٠٢'],
      ["Numéro national syrien : 12010394857 (mari)", '12010394857'],
    ])('flags %s', (text, match) => {
      expect(found(text)).toEqual([['NATIONAL_ID', match]]);
    });

    it('does not flag grouped amounts or amounts in a currency', () => {
      expect(found('The budget was 12,500,000,000 LBP, or 15000000000 LBP.')).toEqual([]);
    });

    it('uses the configured lengths', () => {
      expect(detectPersonalData('ID 1234567890', { nationalIdLengths: [10] })).toHaveLength(1);
    });
  });

  describe('coordinates', () => {
    it.each([
      ['Collapsed shelter: 34.54213, 36.07795 (near Halba).', '34.54213, 36.07795'],
      ['إحداثيات الملجأ: ٣٤٫٥٤٢١٣، ٣٦٫٠٧٧٩٥ قرب حلبا', '٣٤٫٥٤٢١٣، ٣٦٫٠٧٧٩٥'],
      ['Campement : 33.84712° N, 35.90218° E (Bar Elias).', '33.84712° N, 35.90218° E'],
      ['Position : 34,54213 / 36,07795.', '34,54213 / 36,07795'],
      ['Tyre: 33.27105, 35.20391.', '33.27105, 35.20391'],
      ['GeoJSON order [35.50183, 33.89381] works too.', '35.50183, 33.89381'],
      ['Site at 33°27\'41.2"N 35°20\'18.7"E.', '33°27\'41.2"N 35°20\'18.7"E'],
    ])('flags %s', (text, match) => {
      expect(found(text)).toEqual([['COORDINATES', match]]);
    });

    it.each([
      'Imprecise: around 33.8 N, 35.9 E, east of Chtaura.',
      'Halba is roughly at 34.54, 36.08 on the map.',
      'Homs (34.7324, 36.7137) and Damascus 33.5138, 36.2765 are in Syria.',
      'Lebanon spans about 33.05–34.69 N and 35.10–36.63 E.',
      'Coverage 33.891% vs 35.502% in 2023.',
    ])('does not flag %s', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('offsets', () => {
    it('point into the original text, including Arabic-Indic digits', () => {
      const text = 'قال المخبر (رقمه ٠٣-١٢٣٤٥٦) والإيميل a.b@gmail.com و LEB-١٣C١٢٣٤٥';
      const findings = detectPersonalData(text);
      expect(findings.map((f) => f.kind)).toEqual(['PHONE_LEBANON', 'EMAIL', 'UNHCR_CASE_NUMBER']);
      for (const finding of findings) {
        expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      }
      expect(findings[0].text).toBe('٠٣-١٢٣٤٥٦');
      expect(findings[2].text).toBe('LEB-١٣C١٢٣٤٥');
    });

    it('are sorted and never overlap', () => {
      const findings = detectPersonalData('ahmad.70123456@gmail.com then 70 123 456');
      expect(findings.map((f) => [f.kind, f.text])).toEqual([
        ['EMAIL', 'ahmad.70123456@gmail.com'],
        ['PHONE_LEBANON', '70 123 456'],
      ]);
    });
  });

  it('returns nothing for an empty text', () => {
    expect(detectPersonalData('')).toEqual([]);
  });
});
