import { detectPersonalData } from '@hub/data-protection';
import { HubError, PersonalDataHint } from '../common/hub-error';

/**
 * The do-no-harm check on submit: personal identifiers in a text either stop the write (so the
 * author can see where they are and redact them) or, when the author posts anyway, send the item
 * to the moderators' review queue. Returns the kinds found (never the values).
 */
export function checkPersonalData(texts: Array<{ field: string; text: string }>, postAnyway: boolean): string[] {
  const hints: PersonalDataHint[] = texts.flatMap(({ field, text }) =>
    detectPersonalData(text).map((finding) => ({ field, kind: finding.kind, start: finding.start, end: finding.end })),
  );
  if (hints.length === 0) return [];
  if (!postAnyway) {
    const kinds = [...new Set(hints.map((h) => h.kind))];
    throw new HubError('VALIDATION_FAILED', 'This text seems to contain personal data. Remove it, or post anyway for a moderator to review.', {
      fields: [...new Set(hints.map((h) => h.field))].map((field) => ({ field, message: `may contain personal data (${kinds.join(', ')})` })),
      personalData: hints,
    });
  }
  return [...new Set(hints.map((h) => h.kind))];
}
