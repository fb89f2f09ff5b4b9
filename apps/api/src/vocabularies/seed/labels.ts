import type { EvidenceType, OrganisationType } from '@hub/domain';
import type { LocalisedNames } from '../vocabularies.types';

/** Labels of the closed vocabularies of @hub/domain; admins may reword them at run time. */
export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, LocalisedNames> = {
  DIRECT_OBSERVATION: { en: 'Direct observation', ar: 'ملاحظة مباشرة', fr: 'Observation directe' },
  FOCUS_GROUP_DISCUSSION: { en: 'Focus group discussion', ar: 'نقاش مجموعة مركّزة', fr: 'Groupe de discussion' },
  KEY_INFORMANT_INTERVIEW: { en: 'Key informant interview', ar: 'مقابلة مع مصدر معلومات رئيسي', fr: 'Entretien avec un informateur clé' },
  HOUSEHOLD_VISITS: { en: 'Household visits', ar: 'زيارات منزلية', fr: 'Visites aux ménages' },
  OWN_SURVEY_DATA: { en: 'Own survey data', ar: 'بيانات مسح خاصة بالمنظمة', fr: 'Données d’enquête propres' },
  SECONDARY_SOURCE: { en: 'Secondary source', ar: 'مصدر ثانوي', fr: 'Source secondaire' },
  EXPERT_OPINION: { en: 'Expert opinion', ar: 'رأي خبير', fr: 'Avis d’expert' },
};

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, LocalisedNames> = {
  UN_AGENCY: { en: 'UN agency', ar: 'وكالة تابعة للأمم المتحدة', fr: 'Agence des Nations unies' },
  INTERNATIONAL_NGO: { en: 'International NGO', ar: 'منظمة غير حكومية دولية', fr: 'ONG internationale' },
  NATIONAL_NGO: { en: 'National or local NGO', ar: 'منظمة غير حكومية وطنية أو محلية', fr: 'ONG nationale ou locale' },
  GOVERNMENT: { en: 'Government', ar: 'جهة حكومية', fr: 'Gouvernement' },
  ACADEMIA: { en: 'Academia or research', ar: 'مؤسسة أكاديمية أو بحثية', fr: 'Université ou recherche' },
  DONOR: { en: 'Donor', ar: 'جهة مانحة', fr: 'Bailleur de fonds' },
  OTHER: { en: 'Other', ar: 'أخرى', fr: 'Autre' },
};
