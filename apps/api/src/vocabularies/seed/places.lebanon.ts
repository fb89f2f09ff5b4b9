import type { PlaceSeed } from './seed.types';

/*
 * Lebanon: country > 9 governorates (mohafazat) > 26 districts (qadaa/caza), from DOMAIN.md.
 * District P-codes are OCHA's admin-2 codes, built on the 6 older mohafazat (hence Akkar LB51).
 * Governorate codes: LB1–LB6 are the older mohafazat the district codes are built on; LB7 (Akkar)
 * and LB8 (Baalbek-Hermel) follow OCHA's admin-1 LB1…LB8 style; Keserwan-Jbeil, split from Mount
 * Lebanon after the OCHA dataset, has no OCHA code and gets LB9 here. These governorate codes are
 * *unsure*: this file is data and can be corrected (admins can also edit places at run time).
 * Arabic names are those of DOMAIN.md's table; aliases collect the spellings sources use.
 */

const district = (code: string, en: string, ar: string, fr: string, aliases: string[] = []): PlaceSeed => ({
  code,
  level: 'DISTRICT',
  names: { en, ar, fr },
  aliases,
});

export const LEBANON_PLACES: PlaceSeed = {
  code: 'LB',
  level: 'COUNTRY',
  names: { en: 'Lebanon', ar: 'لبنان', fr: 'Liban' },
  aliases: ['Lebanese Republic', 'Lubnan', 'الجمهورية اللبنانية', 'République libanaise'],
  children: [
    {
      code: 'LB1',
      level: 'GOVERNORATE',
      names: { en: 'Beirut', ar: 'بيروت', fr: 'Beyrouth' },
      aliases: ['Beirut Governorate', 'Bayrut', 'Beyrouth', 'محافظة بيروت'],
      children: [district('LB11', 'Beirut', 'بيروت', 'Beyrouth', ['Bayrut', 'Beyrouth'])],
    },
    {
      code: 'LB8',
      level: 'GOVERNORATE',
      names: { en: 'Baalbek-Hermel', ar: 'بعلبك - الهرمل', fr: 'Baalbek-Hermel' },
      aliases: ['Baalbek-El Hermel', 'Baalbek Hermel', 'Baalbeck-Hermel', 'بعلبك الهرمل', 'محافظة بعلبك الهرمل'],
      children: [
        district('LB21', 'Baalbek', 'بعلبك', 'Baalbek', ['Baalbeck', 'Baalbak', "Ba'albek", 'Balbek']),
        district('LB22', 'El Hermel', 'الهرمل', 'Hermel', ['Hermel', 'Al Hermel', 'Hirmil']),
      ],
    },
    {
      code: 'LB2',
      level: 'GOVERNORATE',
      names: { en: 'Bekaa', ar: 'البقاع', fr: 'Békaa' },
      aliases: ['Beqaa', 'Bekaa Valley', 'Biqa', 'Al Biqa', 'Béqaa', 'Bekaa Governorate', 'محافظة البقاع'],
      children: [
        district('LB23', 'Rachaya', 'راشيا', 'Rachaya', ['Rashaya', 'Rachaiya', 'Rashayya', 'Rachaïya']),
        district('LB24', 'West Bekaa', 'البقاع الغربي', 'Békaa-Ouest', [
          'Western Bekaa',
          'West Beqaa',
          'Bekaa West',
          'Bekaa Gharbi',
          'Beqaa el Gharbi',
          'Békaa occidentale',
        ]),
        district('LB25', 'Zahle', 'زحلة', 'Zahlé', ['Zahlé', 'Zahleh', 'Zahla']),
      ],
    },
    {
      code: 'LB3',
      level: 'GOVERNORATE',
      names: { en: 'Mount Lebanon', ar: 'جبل لبنان', fr: 'Mont-Liban' },
      aliases: ['Mont Liban', 'Jabal Lubnan', 'Mount Lebanon Governorate', 'محافظة جبل لبنان'],
      children: [
        district('LB31', 'Aley', 'عاليه', 'Aley', ['Aaley', 'Alay', 'Aleh']),
        district('LB32', 'Baabda', 'بعبدا', 'Baabda', ["Ba'abda"]),
        district('LB33', 'Chouf', 'الشوف', 'Chouf', ['El Chouf', 'Shouf', 'Al Shouf', 'Shuf']),
        district('LB36', 'El Meten', 'المتن', 'Metn', ['Metn', 'Matn', 'El Metn', 'Meten', 'Al Matn']),
      ],
    },
    {
      code: 'LB9',
      level: 'GOVERNORATE',
      names: { en: 'Keserwan-Jbeil', ar: 'كسروان - جبيل', fr: 'Kesrouan-Jbeil' },
      aliases: ['Kesrwane-Jbeil', 'Keserwan-Byblos', 'Kesrouane-Jbeil', 'Keserwan Jbeil', 'كسروان جبيل', 'محافظة كسروان جبيل'],
      children: [
        district('LB34', 'Jbeil', 'جبيل', 'Jbeil', ['Byblos', 'Jbail', 'Jebeil', 'Jubail', 'جبيل بيبلوس']),
        district('LB35', 'Kesrwane', 'كسروان', 'Kesrouan', ['Keserwan', 'Kesrouane', 'Kisrawan', 'Keserouan', 'Kesrwan']),
      ],
    },
    {
      code: 'LB4',
      level: 'GOVERNORATE',
      names: { en: 'Nabatieh', ar: 'النبطية', fr: 'Nabatieh' },
      aliases: ['El Nabatieh', 'Nabatiyeh', 'Nabatiye', 'An Nabatiyah', 'Nabatiyé', 'محافظة النبطية'],
      children: [
        district('LB41', 'Bent Jbeil', 'بنت جبيل', 'Bint Jbeil', ['Bint Jbeil', 'Bint Jubayl', 'Bent Jbail', 'Bint Jbail']),
        district('LB42', 'Hasbaya', 'حاصبيا', 'Hasbaya', ['Hasbaiya', 'Hasbayya', 'Hasbaïya', 'Hasbiya']),
        district('LB43', 'Marjaayoun', 'مرجعيون', 'Marjayoun', ['Marjayoun', 'Marjeyoun', 'Marj Uyun', 'Merjayoun']),
        district('LB44', 'El Nabatieh', 'النبطية', 'Nabatieh', ['Nabatieh', 'Nabatiyeh', 'Nabatiye', 'Nabatiyé', 'An Nabatiyah']),
      ],
    },
    {
      code: 'LB7',
      level: 'GOVERNORATE',
      names: { en: 'Akkar', ar: 'عكار', fr: 'Akkar' },
      aliases: ['Aakkar', 'Akar', 'Aakkâr', 'Akkar Governorate', 'محافظة عكار'],
      children: [district('LB51', 'Akkar', 'عكار', 'Akkar', ['Aakkar', 'Akar', 'Aakkâr'])],
    },
    {
      code: 'LB5',
      level: 'GOVERNORATE',
      names: { en: 'North', ar: 'الشمال', fr: 'Liban-Nord' },
      aliases: ['North Lebanon', 'Liban Nord', 'Nord', 'Ash Shamal', 'Shamal', 'North Governorate', 'لبنان الشمالي', 'محافظة الشمال'],
      children: [
        district('LB52', 'El Batroun', 'البترون', 'Batroun', ['Batroun', 'Al Batroun']),
        district('LB53', 'Bcharre', 'بشري', 'Bcharré', ['Bcharré', 'Bsharri', 'Bcharreh', 'Becharre', 'Bsharre']),
        district('LB54', 'El Koura', 'الكورة', 'Koura', ['Koura', 'Al Koura', 'Kura']),
        district('LB55', 'El Minieh-Dennie', 'المنية الضنية', 'Minié-Denniyé', [
          'Minieh-Danniyeh',
          'Miniyeh-Danniyeh',
          'Minieh-Dennieh',
          'Minié-Danniyé',
          'Minieh',
          'Dennie',
          'Danniyeh',
          'المنية',
          'الضنية',
          'المنية - الضنية',
        ]),
        district('LB56', 'Tripoli', 'طرابلس', 'Tripoli', ['Trablous', 'Trablos', 'Tarabulus', 'Tarablus']),
        district('LB57', 'Zgharta', 'زغرتا', 'Zgharta', ['Zghorta', 'Zgharta-Ehden', 'زغرتا - إهدن']),
      ],
    },
    {
      code: 'LB6',
      level: 'GOVERNORATE',
      names: { en: 'South', ar: 'الجنوب', fr: 'Liban-Sud' },
      aliases: ['South Lebanon', 'Liban Sud', 'Sud', 'Al Janoub', 'Janoub', 'South Governorate', 'لبنان الجنوبي', 'محافظة الجنوب'],
      children: [
        district('LB61', 'Saida', 'صيدا', 'Saïda', ['Sidon', 'Sayda', 'Saïda', 'Saida (Sidon)']),
        district('LB62', 'Jezzine', 'جزين', 'Jezzine', ['Jizzine', 'Jezzin', 'Jazzin']),
        district('LB63', 'Sour', 'صور', 'Tyr', ['Tyre', 'Tyr', 'Sur', 'Soor']),
      ],
    },
  ],
};
