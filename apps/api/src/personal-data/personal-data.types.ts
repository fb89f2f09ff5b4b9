export interface LocalisedLabel {
  en: string;
  ar: string;
  fr: string;
}

export interface PersonalDataPattern {
  id: string;
  name: string;
  pattern: string;
  caseInsensitive: boolean;
  label: LocalisedLabel;
  enabled: boolean;
  version: number;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type PersonalDataPatternFields = Pick<PersonalDataPattern, 'name' | 'pattern' | 'caseInsensitive' | 'label' | 'enabled'>;
