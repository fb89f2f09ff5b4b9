import type { TagSeed } from './seed.types';

/** Starter tags from the VASyR topics (DOMAIN.md); people add the rest as they write. */
export const STARTER_TAGS: TagSeed[] = [
  { label: 'child labour', synonyms: ['child labor', 'عمالة الأطفال', 'travail des enfants'] },
  { label: 'eviction', synonyms: ['evictions', 'إخلاء', 'expulsion', 'expulsions'] },
  { label: 'debt', synonyms: ['indebtedness', 'ديون', 'الديون', 'dette', 'dettes', 'endettement'] },
  {
    label: 'SMEB',
    synonyms: [
      'Survival Minimum Expenditure Basket',
      'سلة الحد الأدنى للإنفاق من أجل البقاء',
      'panier de dépenses minimum de survie',
    ],
  },
  { label: 'legal residency', synonyms: ['residency permit', 'legal stay', 'إقامة قانونية', 'الإقامة القانونية', 'séjour légal'] },
  { label: 'birth registration', synonyms: ['تسجيل الولادات', 'enregistrement des naissances'] },
  { label: 'school enrolment', synonyms: ['school enrollment', 'الالتحاق بالمدارس', 'scolarisation'] },
  { label: 'informal settlements', synonyms: ['informal tented settlements', 'المخيمات غير الرسمية', 'campements informels'] },
  { label: 'food insecurity', synonyms: ['انعدام الأمن الغذائي', 'insécurité alimentaire'] },
  { label: 'coping strategies', synonyms: ['استراتيجيات التكيف', 'stratégies d’adaptation'] },
  { label: 'rent', synonyms: ['rent prices', 'إيجار', 'الإيجار', 'loyer'] },
];
