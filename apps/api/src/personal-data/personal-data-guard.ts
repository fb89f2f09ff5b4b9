import { Injectable } from '@nestjs/common';
import { detectPersonalData, redactPersonalData, type PersonalDataFinding } from '@hub/data-protection';
import { Actor, isModerator } from '../auth/actor';
import { HubError, PersonalDataHint } from '../common/hub-error';
import type { Revision } from '../content/revision';
import { PersonalDataPatternsService } from './personal-data-patterns.service';

export interface GuardedText {
  /** Dotted input path, e.g. `input.body`, so the author's form can point at the field. */
  field: string;
  text: string | null | undefined;
}

/**
 * The do-no-harm check on every free-text write (questions, contributions, comments, syntheses):
 * personal identifiers either stop the write, with what was found and where so the author can
 * redact it in place, or, when the author posts anyway, hold the item for a moderator's review.
 */
@Injectable()
export class PersonalDataGuard {
  constructor(private readonly patterns: PersonalDataPatternsService) {}

  /** Findings in each text: field, kind, offsets and, for admin patterns, their label in every language. */
  async findings(texts: GuardedText[]): Promise<PersonalDataHint[]> {
    const present = texts.filter((t): t is { field: string; text: string } => typeof t.text === 'string' && t.text.length > 0);
    if (!present.length) return [];
    const custom = await this.patterns.enabled();
    const labels = new Map(custom.map((p) => [p.id, p.localisedLabel]));
    return present.flatMap(({ field, text }) =>
      detectPersonalData(text, { customPatterns: custom }).map((finding) => hintOf(field, finding, labels)),
    );
  }

  /**
   * Throws VALIDATION_FAILED with the findings unless `postAnyway`; then returns the kinds found
   * (never the values), which hold the item for review. No findings: an empty list.
   */
  async check(texts: GuardedText[], postAnyway: boolean): Promise<string[]> {
    const hints = await this.findings(texts);
    if (hints.length === 0) return [];
    const kinds = [...new Set(hints.map((h) => h.kind))];
    if (!postAnyway) {
      throw new HubError('VALIDATION_FAILED', 'This text seems to contain personal data. Remove it, or post anyway for a moderator to review.', {
        fields: [...new Set(hints.map((h) => h.field))].map((field) => ({ field, message: `may contain personal data (${kinds.join(', ')})` })),
        personalData: hints,
      });
    }
    return kinds;
  }

  /**
   * Revision history as a reader may see it: values before and after an edit keep what the author
   * redacted later, or what a moderator approved, so identifiers in them are redacted for everyone
   * but moderators.
   */
  async historyFor(actor: Actor | null, revisions: Revision[]): Promise<Revision[]> {
    if (isModerator(actor)) return revisions;
    return Promise.all(
      revisions.map(async (revision) => ({
        ...revision,
        changes: await Promise.all(revision.changes.map(async (change) => ({ ...change, before: await this.redact(change.before), after: await this.redact(change.after) }))),
      })),
    );
  }

  /** The text with every identifier replaced by a placeholder (revision history shown to non-moderators). */
  async redact(text: string): Promise<string> {
    if (!text) return text;
    const custom = await this.patterns.enabled();
    const findings = detectPersonalData(text, { customPatterns: custom });
    return findings.length ? redactPersonalData(text, findings) : text;
  }
}

function hintOf(field: string, finding: PersonalDataFinding, labels: Map<string, PersonalDataHint['label']>): PersonalDataHint {
  const hint: PersonalDataHint = { field, kind: finding.kind, start: finding.start, end: finding.end };
  if (finding.kind === 'CUSTOM' && finding.patternId) {
    hint.patternId = finding.patternId;
    hint.label = labels.get(finding.patternId);
  }
  return hint;
}
