import { Injectable } from '@nestjs/common';
import { LIMITS, mostRestricted, type SensitivityLevel } from '@hub/domain';
import { Actor } from '../auth/actor';
import { canRead, readableBy, readerTokens } from '../auth/read-access';
import { HubError } from '../common/hub-error';
import { heldReadableBy } from '../content/review';
import { PersonalDataGuard } from '../personal-data/personal-data-guard';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { canManageQuestion, QuestionsService } from '../questions/questions.service';
import { ResearchQuestion, Synthesis } from '../questions/questions.types';

export interface PublishSynthesisCommand {
  questionId: string;
  version: number;
  body: string;
  citedContributions: string[];
  sensitivity: SensitivityLevel | null;
  close: boolean;
  /** Publish although personal data was detected: the version is held for a moderator's review. */
  postDespitePersonalData?: boolean;
}

@Injectable()
export class SynthesesService {
  constructor(
    private readonly questionsService: QuestionsService,
    private readonly questions: QuestionsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly guard: PersonalDataGuard,
  ) {}

  /** A sector lead of the question writes the synthesis; every published version is kept. */
  async publish(actor: Actor, command: PublishSynthesisCommand): Promise<ResearchQuestion> {
    const question = await this.questionsService.readable(actor, command.questionId);
    if (!canManageQuestion(actor, question)) throw HubError.forbidden('Only a lead of the question’s sector can write its synthesis.');
    if (question.status !== 'OPEN' && question.status !== 'SYNTHESISING') {
      throw HubError.conflict(question.status === 'CLOSED' ? 'Reopen the question to publish a new synthesis.' : 'Open the question before synthesising it.');
    }
    const body = command.body.trim();
    if (!body) throw HubError.invalid([{ field: 'input.body', message: 'is required' }]);
    if (body.length > LIMITS.bodyMax) throw HubError.invalid([{ field: 'input.body', message: `must be at most ${LIMITS.bodyMax} characters` }]);
    const cited = [...new Set(command.citedContributions)];
    if (cited.length > LIMITS.listItemsMax) throw HubError.invalid([{ field: 'input.citedContributions', message: `cite at most ${LIMITS.listItemsMax} contributions` }]);
    const found = await this.contributions.findReadableByIds(cited, readerTokens(actor));
    const invalid = cited.filter((id) => !found.some((c) => c.id === id && c.questionId === question.id));
    if (invalid.length) {
      throw HubError.invalid([{ field: 'input.citedContributions', message: `not contributions to this question: ${invalid.join(', ')}` }]);
    }
    const heldFor = await this.guard.check([{ field: 'input.body', text: command.body }], !!command.postDespitePersonalData);
    const sensitivity = mostRestricted(question.sensitivity, command.sensitivity ?? question.sensitivity);
    const existing = await this.questions.synthesesOf([question.id]);
    const updated = await this.questions.appendSynthesis(
      question.id,
      command.version,
      {
        version: existing.length + 1,
        body,
        citedContributions: cited,
        authorId: actor.userId,
        sensitivity,
        // Held for review: its author and moderators only. A stricter synthesis is readable by
        // managers only: the question's leads, moderators, its author.
        readableBy: heldFor.length
          ? heldReadableBy(actor.userId)
          : sensitivity === question.sensitivity
            ? question.readableBy
            : readableBy({ sensitivity, sectors: [], organisations: [], users: [], authorId: actor.userId, questionSectors: question.sectors, restrictedToManagers: true }),
        publishedAt: new Date(),
        review: heldFor.length ? 'HELD' : null,
        heldFor,
        reviewReason: null,
      },
      // A held version cannot close the question: it closes with a published synthesis.
      command.close && !heldFor.length,
    );
    if (!updated) throw HubError.conflict('The question changed since you opened it. Reload and try again.');
    return updated;
  }

  /** The versions the actor may read, oldest first. */
  readableVersions(actor: Actor | null, syntheses: Synthesis[]): Synthesis[] {
    return syntheses.filter((s) => canRead(actor, s.readableBy)).sort((a, b) => a.version - b.version);
  }
}
