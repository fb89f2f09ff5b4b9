import { foldDigits } from '@hub/text';
import { findCoordinates } from './coordinates';
import { findCustomPatterns } from './custom-patterns';
import { mergeSpans } from './merge-findings';
import type { DetectionOptions, PersonalDataFinding, Span } from './personal-data.types';
import { findPhoneNumbers } from './phone-numbers';
import { DEFAULT_NATIONAL_ID_LENGTHS, findEmailAddresses, findNationalIds } from './simple-identifiers';
import { DEFAULT_UNHCR_PREFIXES, findUnhcrNumbers } from './unhcr-numbers';

/**
 * Finds personal identifiers (DOMAIN.md) in a contribution. Matching runs on digit-folded text;
 * folding maps one UTF-16 unit to one, so offsets point into the text as written.
 */
export function detectPersonalData(text: string, options: DetectionOptions = {}): PersonalDataFinding[] {
  const folded = foldDigits(text);
  if (folded.length !== text.length) {
    throw new Error('foldDigits must keep one UTF-16 unit per character for offsets to hold');
  }
  const spans: Span[] = [
    ...findUnhcrNumbers(folded, options.unhcrPrefixes ?? DEFAULT_UNHCR_PREFIXES),
    ...findEmailAddresses(folded),
    ...findCoordinates(folded),
    ...findPhoneNumbers(folded),
    ...findNationalIds(folded, options.nationalIdLengths ?? DEFAULT_NATIONAL_ID_LENGTHS),
    ...findCustomPatterns(folded, options.customPatterns ?? []),
  ];
  return mergeSpans(spans).map((span) => ({ ...span, text: text.slice(span.start, span.end) }));
}
