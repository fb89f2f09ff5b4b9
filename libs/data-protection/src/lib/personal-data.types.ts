/** Kinds of personal identifiers the detector reports (see DOMAIN.md, "Personal identifiers"). */
export type PersonalDataKind =
  | 'UNHCR_CASE_NUMBER'
  | 'UNHCR_INDIVIDUAL_ID'
  | 'UNHCR_BARCODE'
  | 'PHONE_LEBANON'
  | 'PHONE_SYRIA'
  | 'EMAIL'
  | 'NATIONAL_ID'
  | 'COORDINATES'
  | 'CUSTOM';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'UNHCR_CASE_NUMBER',
  'UNHCR_INDIVIDUAL_ID',
  'UNHCR_BARCODE',
  'PHONE_LEBANON',
  'PHONE_SYRIA',
  'EMAIL',
  'NATIONAL_ID',
  'COORDINATES',
  'CUSTOM',
];

/** One identifier found in a text; offsets are UTF-16 indexes into the text as the author wrote it. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
  /** Set for CUSTOM findings: the admin-configured pattern that matched. */
  patternId?: string;
  patternLabel?: string;
}

/** An admin-configured pattern, e.g. a partner's beneficiary card number. */
export interface CustomPattern {
  id: string;
  label: string;
  /** A JavaScript regular expression source, matched against the digit-folded text. */
  pattern: string;
  /** Any of `i`, `m`, `s`, `u`; `g` is always added. */
  flags?: string;
}

export interface DetectionOptions {
  customPatterns?: readonly CustomPattern[];
  /** UNHCR case/individual number prefixes; DOMAIN.md lists those seen so far, so admins may extend them. */
  unhcrPrefixes?: readonly string[];
  /** Digit counts of national id numbers (Syrian 11; Lebanese 12 is marked unsure in DOMAIN.md). */
  nationalIdLengths?: readonly number[];
}

/** A finding before its text is attached; detectors work on the digit-folded text. */
export interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
  patternId?: string;
  patternLabel?: string;
}
