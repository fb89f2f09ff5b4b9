import type { PersonalDataFinding, PersonalDataKind } from './personal-data.types';

export type PlaceholderLanguage = 'en' | 'ar' | 'fr';

const PLACEHOLDERS: Record<PlaceholderLanguage, Record<PersonalDataKind, string>> = {
  en: {
    UNHCR_CASE_NUMBER: '[case number removed]',
    UNHCR_INDIVIDUAL_ID: '[individual number removed]',
    UNHCR_BARCODE: '[barcode number removed]',
    PHONE_LEBANON: '[phone number removed]',
    PHONE_SYRIA: '[phone number removed]',
    EMAIL: '[e-mail address removed]',
    NATIONAL_ID: '[ID number removed]',
    COORDINATES: '[location removed]',
    CUSTOM: '[personal data removed]',
  },
  fr: {
    UNHCR_CASE_NUMBER: '[numéro de dossier supprimé]',
    UNHCR_INDIVIDUAL_ID: '[numéro individuel supprimé]',
    UNHCR_BARCODE: '[code-barres supprimé]',
    PHONE_LEBANON: '[numéro de téléphone supprimé]',
    PHONE_SYRIA: '[numéro de téléphone supprimé]',
    EMAIL: '[adresse e-mail supprimée]',
    NATIONAL_ID: "[numéro d'identité supprimé]",
    COORDINATES: '[localisation supprimée]',
    CUSTOM: '[donnée personnelle supprimée]',
  },
  ar: {
    UNHCR_CASE_NUMBER: '[تم حذف رقم الملف]',
    UNHCR_INDIVIDUAL_ID: '[تم حذف الرقم الفردي]',
    UNHCR_BARCODE: '[تم حذف رقم الباركود]',
    PHONE_LEBANON: '[تم حذف رقم الهاتف]',
    PHONE_SYRIA: '[تم حذف رقم الهاتف]',
    EMAIL: '[تم حذف البريد الإلكتروني]',
    NATIONAL_ID: '[تم حذف رقم الهوية]',
    COORDINATES: '[تم حذف الموقع]',
    CUSTOM: '[تم حذف بيانات شخصية]',
  },
};

export interface RedactionOptions {
  /** Language of the placeholders; defaults to English. */
  language?: PlaceholderLanguage;
  /** Overrides the per-kind placeholder, e.g. '█████' or a function of the finding. */
  replacement?: string | ((finding: PersonalDataFinding) => string);
}

export function placeholderFor(kind: PersonalDataKind, language: PlaceholderLanguage = 'en'): string {
  return PLACEHOLDERS[language][kind];
}

/**
 * Replaces each finding in place. Findings that no longer match the text (it was edited after
 * detection) or overlap an earlier one are skipped, so callers should detect again after edits.
 */
export function redactPersonalData(
  text: string,
  findings: readonly PersonalDataFinding[],
  options: RedactionOptions = {},
): string {
  const { language = 'en', replacement } = options;
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const finding of ordered) {
    if (finding.start < cursor || text.slice(finding.start, finding.end) !== finding.text) continue;
    const placeholder =
      typeof replacement === 'function'
        ? replacement(finding)
        : (replacement ?? placeholderFor(finding.kind, language));
    result += text.slice(cursor, finding.start) + placeholder;
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}
