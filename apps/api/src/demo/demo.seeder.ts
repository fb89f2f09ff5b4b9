import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { User } from '../accounts/accounts.types';
import { OrganisationsRepository } from '../accounts/organisations.repository';
import { hashPassword } from '../accounts/password-hasher';
import { UsersRepository } from '../accounts/users.repository';
import { Actor } from '../auth/actor';
import { CommentsService } from '../comments/comments.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ContributionsService } from '../contributions/contributions.service';
import { ContributeInput } from '../contributions/dto/contribute.input';
import { EVIDENCE_FROM_PEOPLE } from '@hub/domain';
import { AskQuestionInput, ContentAccessInput } from '../questions/dto/ask-question.input';
import { QuestionsRepository } from '../questions/questions.repository';
import { QuestionsService } from '../questions/questions.service';
import { SynthesesService } from '../syntheses/syntheses.service';
import { DEMO_ORGANISATIONS, DEMO_QUESTIONS, DEMO_USERS, DemoQuestion } from './demo-content';
import { DemoMarkerRepository } from './demo-marker.repository';

const DEMO_VERSION = 1;
const DAY = 86_400_000;

const actorOf = (user: User): Actor => ({
  userId: user.id,
  sessionId: 'demo-seed',
  organisationId: user.organisationId,
  organisationType: user.organisationType,
  roles: user.roles,
  leadSectors: user.leadSectors,
  sectors: user.sectors,
});

/**
 * Seeds the living demo once, through the same services users go through (so it obeys every
 * rule). Each step finds before it creates, so a run interrupted half-way completes next boot.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly marker: DemoMarkerRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
    private readonly questionsRepository: QuestionsRepository,
    private readonly questions: QuestionsService,
    private readonly contributions: ContributionsService,
    private readonly comments: CommentsService,
    private readonly syntheses: SynthesesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData || (await this.marker.isSeeded())) return;
    this.logger.log('Seeding the demo data (first start only)…');
    await this.seed();
    await this.marker.markSeeded(DEMO_VERSION);
    this.logger.log('Demo data is ready.');
  }

  async seed(): Promise<Map<string, User>> {
    const organisationIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const existing = await this.organisations.findByName(org.name);
      organisationIds.set(org.name, (existing ?? (await this.organisations.create(org))).id);
    }
    const users = new Map<string, User>();
    const credentials: string[] = [];
    for (const spec of DEMO_USERS) {
      let user = await this.users.findByEmail(spec.email);
      if (!user) {
        const password = randomBytes(12).toString('base64url');
        const organisation = await this.organisations.findById(organisationIds.get(spec.organisation) ?? '');
        if (!organisation) throw new Error(`Demo organisation ${spec.organisation} is missing`);
        user = await this.users.create({
          email: spec.email,
          displayName: spec.displayName,
          organisationId: organisation.id,
          organisationType: organisation.type,
          roles: spec.roles,
          leadSectors: spec.leadSectors ?? [],
          sectors: spec.sectors ?? [],
          language: spec.language,
          status: 'ACTIVE',
          passwordHash: await hashPassword(password),
        });
        credentials.push(`${spec.roles.join('+').padEnd(32)} ${spec.email.padEnd(44)} ${password}`);
      }
      users.set(spec.key, user);
    }
    if (credentials.length) this.writeCredentials(credentials);
    for (const question of DEMO_QUESTIONS) await this.seedQuestion(question, users);
    return users;
  }

  private async seedQuestion(spec: DemoQuestion, users: Map<string, User>): Promise<void> {
    if (await this.questionsRepository.findByTitle(spec.title)) return;
    const as = (key: string): Actor => {
      const user = users.get(key);
      if (!user) throw new Error(`Demo user ${key} is missing`);
      return actorOf(user);
    };
    const input = Object.assign(new AskQuestionInput(), {
      title: spec.title,
      body: spec.body,
      purpose: spec.purpose,
      source: spec.source,
      sectors: spec.sectors,
      places: spec.places,
      cohorts: spec.cohorts,
      tags: spec.tags,
      sensitivity: spec.sensitivity,
      access: Object.assign(new ContentAccessInput(), { sectors: spec.access?.sectors ?? [] }),
      opensAt: new Date(Date.now() - 30 * DAY),
      closesAt: new Date(Date.now() + spec.closesInDays * DAY),
      publish: true,
    });
    const question = await this.questions.ask(as(spec.by), input);
    const contributionIds: string[] = [];
    for (const c of spec.contributions) {
      const contribution = await this.contributions.contribute(
        as(c.by),
        Object.assign(new ContributeInput(), {
          questionId: question.id,
          body: c.body,
          places: c.places ?? [],
          cohorts: c.cohorts ?? [],
          evidenceType: c.evidenceType,
          gatheringBasis: EVIDENCE_FROM_PEOPLE.includes(c.evidenceType) ? 'INFORMED_CONSENT' : null,
          confidence: c.confidence,
          tags: c.tags ?? [],
          language: c.language,
          sensitivity: spec.sensitivity,
          anonymous: c.anonymous ?? false,
          periodFrom: new Date(Date.now() - 120 * DAY),
          periodTo: new Date(Date.now() - 20 * DAY),
        }),
      );
      contributionIds.push(contribution.id);
      for (const voter of c.helpfulFrom ?? []) await this.contributions.markHelpful(as(voter), contribution.id, true);
      for (const comment of c.comments ?? []) await this.comments.comment(as(comment.by), 'CONTRIBUTION', contribution.id, comment.body);
    }
    if (spec.synthesis) {
      const current = await this.questions.readable(as(spec.by), question.id);
      await this.syntheses.publish(as(spec.by), {
        questionId: question.id,
        version: current.version,
        body: spec.synthesis.body,
        citedContributions: spec.synthesis.cite.map((i) => contributionIds[i]),
        sensitivity: null,
        close: spec.synthesis.close,
      });
    }
  }

  /** Sign-in details go to a private file for `npm start` to show, never to the logs. */
  private writeCredentials(lines: string[]): void {
    if (!this.config.dataDir) {
      this.logger.warn('Demo users were created, but HUB_DATA_DIR is unset: reset their passwords to sign in.');
      return;
    }
    mkdirSync(this.config.dataDir, { recursive: true });
    const file = join(this.config.dataDir, 'demo-accounts.txt');
    const header = 'Demo accounts of the knowledge hub (role, e-mail, password). Delete this file once you have changed them.\n';
    writeFileSync(file, header + lines.join('\n') + '\n', { mode: 0o600 });
  }
}
