import { useCallback, useState } from 'react';
import { errorCode, personalDataHintsOf } from '../../graphql/errors';
import { findingsFrom, onUntrimmed, type Finding } from './findings';

export interface SentTexts {
  /** The free texts as the form sent them, by the API's field path without `input.` (`title`, `source.indicator`). */
  sent: Readonly<Record<string, string>>;
  /** The form's own field for an API path, when they differ (`source.indicator` → `indicator`). */
  fieldOf?: Readonly<Record<string, string>>;
  /** The values the author sees, when the form trimmed them before sending (offsets move onto them). */
  shown?: Readonly<Record<string, string>>;
}

export interface PersonalDataFindings {
  findings: Finding[];
  /**
   * Reads a refused write: what the API's guard found in the texts sent (kept for the panel), or
   * nothing for any other failure.
   */
  caught: (failure: unknown, texts: SentTexts) => Finding[];
  /** After a redaction in the panel: the findings left. */
  keep: (left: Finding[]) => void;
  /** The author edits the text (or it was posted): the findings' offsets no longer hold. */
  clear: () => void;
}

/**
 * The state behind the redact-before-posting panel, the same on every form with free text
 * (question, contribution, comment, synthesis): what the guard found, tied to the texts sent.
 */
export function usePersonalDataFindings(): PersonalDataFindings {
  const [findings, setFindings] = useState<Finding[]>([]);
  const caught = useCallback((failure: unknown, { sent, fieldOf = {}, shown }: SentTexts) => {
    if (errorCode(failure) !== 'VALIDATION_FAILED') return [];
    let found = findingsFrom(personalDataHintsOf(failure), sent).map((finding) => ({ ...finding, field: fieldOf[finding.field] ?? finding.field }));
    if (shown) found = onUntrimmed(found, shown);
    setFindings(found);
    return found;
  }, []);
  const clear = useCallback(() => setFindings((current) => (current.length ? [] : current)), []);
  return { findings, caught, keep: setFindings, clear };
}
