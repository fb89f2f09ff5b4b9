import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Organisation, User } from '../accounts/accounts.types';
import { OrganisationsRepository } from '../accounts/organisations.repository';
import { UsersRepository } from '../accounts/users.repository';
import type { RequestWithActor } from '../auth/access.decorator';
import { readerTokens } from '../auth/read-access';
import type { Revision } from '../content/revision';
import { Comment, CommentsRepository, CommentTargetRef } from '../comments/comments.repository';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { Contribution } from '../contributions/contributions.types';
import { FollowsRepository } from '../follows/follows.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { ResearchQuestion, Synthesis } from '../questions/questions.types';

function byKey<K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): Array<V | null> {
  const map = new Map(values.map((value) => [keyOf(value), value]));
  return keys.map((key) => map.get(key) ?? null);
}

function grouped<K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    map.set(key, [...(map.get(key) ?? []), value]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

/**
 * DataLoaders of one GraphQL request: whatever a page asks for, each kind of record costs one
 * batched query. Reads that depend on access use the request's actor, resolved by the guard
 * before any field resolver runs (hence the lazy `tokens`).
 */
export class RequestLoaders {
  private cachedTokens: string[] | null = null;

  constructor(
    private readonly repositories: LoaderRepositories,
    private readonly request: RequestWithActor,
  ) {}

  get tokens(): string[] {
    this.cachedTokens ??= readerTokens(this.request.actor ?? null);
    return this.cachedTokens;
  }

  readonly users = new DataLoader<string, User | null>(async (ids) => byKey(ids, await this.repositories.users.findByIds(ids), (u) => u.id));

  readonly organisations = new DataLoader<string, Organisation | null>(async (ids) =>
    byKey(ids, await this.repositories.organisations.findByIds(ids), (o) => o.id),
  );

  /** Only questions the requester may read; others load as null. */
  readonly questions = new DataLoader<string, ResearchQuestion | null>(async (ids) =>
    byKey(ids, await this.repositories.questions.findReadableByIds(ids, this.tokens), (q) => q.id),
  );

  readonly contributions = new DataLoader<string, Contribution | null>(async (ids) =>
    byKey(ids, await this.repositories.contributions.findReadableByIds(ids, this.tokens), (c) => c.id),
  );

  /** Readable contributions of each question, oldest first, read by id from its `contributionIds`. */
  readonly contributionsByQuestion = new DataLoader<Pick<ResearchQuestion, 'id' | 'contributionIds'>, Contribution[], string>(
    async (questions) => {
      const readable = await this.repositories.contributions.findReadableByIds(questions.flatMap((q) => q.contributionIds), this.tokens);
      return grouped(questions.map((q) => q.id), readable, (c) => c.questionId);
    },
    { cacheKeyFn: (question) => question.id },
  );

  readonly synthesesByQuestion = new DataLoader<string, Synthesis[]>(async (questionIds) =>
    grouped(questionIds, await this.repositories.questions.synthesesOf(questionIds), (s) => s.questionId),
  );

  /** Each question's revision history (primed by a question page's first read when it asks for it). */
  readonly revisionsByQuestion = new DataLoader<string, Revision[]>(async (questionIds) =>
    byKey(questionIds, await this.repositories.questions.revisionsOf(questionIds), (entry) => entry.questionId).map((entry) => entry?.revisions ?? []),
  );

  /** Each question's whole comment thread (its readable comments by target), read once per request. */
  private readonly commentThreads = new DataLoader<string, Map<string, Comment[]>>(async (questionIds) => {
    const byQuestion = new Map(questionIds.map((id) => [id, new Map<string, Comment[]>()]));
    for (const comment of await this.repositories.comments.readableInThreads(questionIds, this.tokens)) {
      const thread = byQuestion.get(comment.questionId);
      if (!thread) continue;
      const onTarget = thread.get(comment.targetId);
      if (onTarget) onTarget.push(comment);
      else thread.set(comment.targetId, [comment]);
    }
    return questionIds.map((id) => byQuestion.get(id) ?? new Map());
  });

  /**
   * Comments on questions and contributions, from their questions' threads: the contributions'
   * comments, asked for after the question's, share its thread's read.
   */
  readonly commentsByTarget = new DataLoader<CommentTargetRef, Comment[], string>(
    async (targets) => Promise.all(targets.map(async (target) => (await this.commentThreads.load(target.questionId)).get(target.targetId) ?? [])),
    { cacheKeyFn: (target) => target.targetId },
  );

  /**
   * A question with its syntheses in one read (a question page's first); primes `questions` and
   * `synthesesByQuestion`, and `revisionsByQuestion` when the page shows them. Null when it does not exist or the requester may not read it.
   */
  async questionWithSyntheses(id: string, { withRevisions = false } = {}): Promise<ResearchQuestion | null> {
    const [found] = await this.repositories.questions.findReadableWithSynthesesByIds([id], this.tokens, { withRevisions });
    if (!found) return null;
    this.questions.prime(id, found.question);
    this.synthesesByQuestion.prime(id, found.syntheses);
    if (found.revisions) this.revisionsByQuestion.prime(id, found.revisions);
    return found.question;
  }

  readonly followedQuestions = new DataLoader<string, boolean>(async (questionIds) => {
    const actor = this.request.actor;
    if (!actor) return questionIds.map(() => false);
    const followed = await this.repositories.follows.followedKeys(actor.userId, 'QUESTION', questionIds);
    return questionIds.map((id) => followed.has(id));
  });
}

@Injectable()
export class LoaderRepositories {
  constructor(
    readonly users: UsersRepository,
    readonly organisations: OrganisationsRepository,
    readonly questions: QuestionsRepository,
    readonly contributions: ContributionsRepository,
    readonly comments: CommentsRepository,
    readonly follows: FollowsRepository,
  ) {}

  forRequest(request: RequestWithActor): RequestLoaders {
    return new RequestLoaders(this, request);
  }
}

export interface GraphQLContext {
  req: RequestWithActor;
  loaders: RequestLoaders;
}
