import { Injectable } from '@nestjs/common';
import type { CustomPattern } from '@hub/data-protection';
import { foldDigits } from '@hub/text';
import { isDuplicateKeyError } from '../accounts/duplicate-key';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { diffFields } from '../content/revision';
import { PersonalDataPatternsRepository } from './personal-data-patterns.repository';
import type { LocalisedLabel, PersonalDataPattern, PersonalDataPatternFields } from './personal-data.types';
import { checkPattern, type PatternProblemCode } from './regex-safety';

/** Other API instances pick up a change within this time; this instance at once. */
export const PATTERN_CACHE_MS = 30_000;
const MAX_TEST_MATCHES = 200;

/** What the detector gets: the library's pattern, plus the label in every language for the author. */
export interface ActivePattern extends CustomPattern {
  localisedLabel: LocalisedLabel;
}

export interface PatternTestResult {
  valid: boolean;
  problem: { code: PatternProblemCode; message: string } | null;
  matches: Array<{ start: number; end: number; text: string }>;
}

function requireAdmin(actor: Actor): void {
  if (!actor.roles.includes('PLATFORM_ADMIN')) throw HubError.forbidden('Only platform admins manage personal-data patterns.');
}

/**
 * Admin-configured personal-data patterns: validated (syntax and catastrophic backtracking) before
 * they are stored, audited on every change, and cached for the detector, which runs on every write.
 */
@Injectable()
export class PersonalDataPatternsService {
  private cache: { at: number; patterns: Promise<ActivePattern[]> } | null = null;

  constructor(
    private readonly repository: PersonalDataPatternsRepository,
    private readonly audit: AuditLogService,
  ) {}

  /** Enabled patterns for the detector, cached; re-read after a change here or after PATTERN_CACHE_MS. */
  enabled(): Promise<ActivePattern[]> {
    if (!this.cache || Date.now() - this.cache.at > PATTERN_CACHE_MS) {
      const patterns = this.repository.all().then((all) =>
        all
          .filter((p) => p.enabled)
          .map((p) => ({ id: p.id, label: p.label.en, pattern: p.pattern, flags: p.caseInsensitive ? 'iu' : 'u', localisedLabel: p.label })),
      );
      this.cache = { at: Date.now(), patterns };
      // A failed read is not cached: the next write tries again.
      patterns.catch(() => (this.cache = null));
    }
    return this.cache.patterns;
  }

  invalidate(): void {
    this.cache = null;
  }

  async list(actor: Actor): Promise<PersonalDataPattern[]> {
    requireAdmin(actor);
    return this.repository.all();
  }

  /** Tries a pattern on sample text without saving it: the same checks as saving, then its matches. */
  test(actor: Actor, pattern: string, caseInsensitive: boolean, sample: string): PatternTestResult {
    requireAdmin(actor);
    const check = checkPattern(pattern, caseInsensitive);
    if (!check.valid) return { valid: false, problem: { code: check.code, message: check.message }, matches: [] };
    const matches: PatternTestResult['matches'] = [];
    for (const match of foldDigits(sample).matchAll(check.regex)) {
      if (match[0].length === 0) continue;
      matches.push({ start: match.index, end: match.index + match[0].length, text: sample.slice(match.index, match.index + match[0].length) });
      if (matches.length >= MAX_TEST_MATCHES) break;
    }
    return { valid: true, problem: null, matches };
  }

  async create(actor: Actor, fields: PersonalDataPatternFields): Promise<PersonalDataPattern> {
    requireAdmin(actor);
    const clean = this.checked(fields);
    let created: PersonalDataPattern;
    try {
      created = await this.repository.create(clean, actor.userId);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw HubError.invalid([{ field: 'input.name', message: 'another pattern has this name' }]);
      throw error;
    }
    this.invalidate();
    await this.audit.record({
      actorId: actor.userId,
      action: 'PERSONAL_DATA_PATTERN_CHANGED',
      targetType: 'PERSONAL_DATA_PATTERN',
      targetId: created.id,
      details: { change: 'CREATED', name: created.name, enabled: created.enabled },
    });
    return created;
  }

  async update(actor: Actor, id: string, version: number, fields: Partial<PersonalDataPatternFields>): Promise<PersonalDataPattern> {
    requireAdmin(actor);
    const current = await this.repository.findById(id);
    if (!current) throw HubError.notFound('The pattern');
    const merged = this.checked({
      name: fields.name ?? current.name,
      pattern: fields.pattern ?? current.pattern,
      caseInsensitive: fields.caseInsensitive ?? current.caseInsensitive,
      label: fields.label ?? current.label,
      enabled: fields.enabled ?? current.enabled,
    });
    const changed = diffFields(
      { ...current, label: JSON.stringify(current.label) } as unknown as Record<string, unknown>,
      { ...merged, label: JSON.stringify(merged.label) },
    ).map((change) => change.field);
    if (!changed.length) return current;
    let updated: PersonalDataPattern | null;
    try {
      updated = await this.repository.update(id, version, merged, actor.userId);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw HubError.invalid([{ field: 'input.name', message: 'another pattern has this name' }]);
      throw error;
    }
    if (!updated) throw HubError.conflict('Someone else changed this pattern since you opened it. Reload and try again.');
    this.invalidate();
    await this.audit.record({
      actorId: actor.userId,
      action: 'PERSONAL_DATA_PATTERN_CHANGED',
      targetType: 'PERSONAL_DATA_PATTERN',
      targetId: id,
      details: { change: 'UPDATED', name: updated.name, fields: changed, enabled: updated.enabled },
    });
    return updated;
  }

  private checked(fields: PersonalDataPatternFields): PersonalDataPatternFields {
    const clean = {
      name: fields.name.trim(),
      pattern: fields.pattern,
      caseInsensitive: fields.caseInsensitive,
      label: { en: fields.label.en.trim(), ar: fields.label.ar.trim(), fr: fields.label.fr.trim() },
      enabled: fields.enabled,
    };
    const problems = [
      ...(clean.name ? [] : [{ field: 'input.name', message: 'is required' }]),
      ...(['en', 'ar', 'fr'] as const).filter((language) => !clean.label[language]).map((language) => ({ field: `input.label.${language}`, message: 'is required' })),
    ];
    const check = checkPattern(clean.pattern, clean.caseInsensitive);
    if (!check.valid) problems.push({ field: 'input.pattern', message: check.message });
    if (problems.length) throw HubError.invalid(problems);
    return clean;
  }
}
