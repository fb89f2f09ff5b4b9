import type { SectorSeed } from './seed.types';

/** Sectors of the Lebanon Crisis Response Plan (DOMAIN.md), plus Inter-sector. Codes are stable. */
export const LCRP_SECTORS: SectorSeed[] = [
  {
    code: 'BA',
    names: { en: 'Basic Assistance', ar: 'المساعدة الأساسية', fr: 'Assistance de base' },
    aliases: ['Cash assistance', 'المساعدات الأساسية'],
  },
  { code: 'EDU', names: { en: 'Education', ar: 'التعليم', fr: 'Éducation' } },
  { code: 'ENERGY', names: { en: 'Energy', ar: 'الطاقة', fr: 'Énergie' } },
  {
    code: 'FSA',
    names: { en: 'Food Security & Agriculture', ar: 'الأمن الغذائي والزراعة', fr: 'Sécurité alimentaire et agriculture' },
    aliases: ['Food Security and Agriculture', 'Food Security', 'FS&A', 'الأمن الغذائي', 'Sécurité alimentaire'],
  },
  { code: 'HEALTH', names: { en: 'Health', ar: 'الصحة', fr: 'Santé' } },
  {
    code: 'LIV',
    names: { en: 'Livelihoods', ar: 'سبل العيش', fr: 'Moyens de subsistance' },
    aliases: ['Livelihood', 'Moyens d’existence'],
  },
  {
    code: 'PROT',
    names: { en: 'Protection', ar: 'الحماية', fr: 'Protection' },
    subSectors: [
      {
        code: 'PROT-CP',
        names: { en: 'Child Protection', ar: 'حماية الطفل', fr: 'Protection de l’enfance' },
        aliases: ['CP', 'حماية الأطفال'],
      },
      {
        code: 'PROT-GBV',
        names: { en: 'Gender-Based Violence', ar: 'العنف القائم على النوع الاجتماعي', fr: 'Violences basées sur le genre' },
        aliases: ['GBV', 'SGBV', 'Sexual and Gender-Based Violence', 'VBG', 'العنف المبني على النوع الاجتماعي'],
      },
    ],
  },
  { code: 'SHELTER', names: { en: 'Shelter', ar: 'المأوى', fr: 'Abris' }, aliases: ['Hébergement'] },
  {
    code: 'SOCSTAB',
    names: { en: 'Social Stability', ar: 'الاستقرار الاجتماعي', fr: 'Stabilité sociale' },
  },
  {
    code: 'WASH',
    names: { en: 'Water (WASH)', ar: 'المياه والصرف الصحي والنظافة الصحية', fr: 'Eau, hygiène et assainissement (EHA)' },
    aliases: ['Water', 'WASH', 'Water, Sanitation and Hygiene', 'EHA', 'Eau', 'المياه'],
  },
  {
    code: 'INTER',
    names: { en: 'Inter-sector', ar: 'مشترك بين القطاعات', fr: 'Intersectoriel' },
    aliases: ['Inter-sector coordination', 'Intersector', 'التنسيق بين القطاعات', 'Coordination intersectorielle'],
  },
];
