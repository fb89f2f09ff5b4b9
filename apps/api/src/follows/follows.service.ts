import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { QuestionsService } from '../questions/questions.service';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { FollowKind } from './follow.schema';
import { Follow, FollowsRepository } from './follows.repository';

@Injectable()
export class FollowsService {
  constructor(
    private readonly follows: FollowsRepository,
    private readonly questions: QuestionsService,
    private readonly vocabularies: VocabulariesService,
  ) {}

  async setFollowing(actor: Actor, kind: FollowKind, key: string, following: boolean): Promise<boolean> {
    if (following) {
      // Only things that exist (and, for questions, that the actor may read) can be followed.
      switch (kind) {
        case 'QUESTION':
          await this.questions.readable(actor, key);
          break;
        case 'SECTOR':
          await this.vocabularies.assertSectorCodes([key], 'key');
          break;
        case 'PLACE':
          await this.vocabularies.assertPlaceCodes([key], 'key');
          break;
        case 'TAG':
          await this.vocabularies.assertTagSlugs([key], 'key');
          break;
      }
      await this.follows.follow(actor.userId, kind, key);
    } else {
      await this.follows.unfollow(actor.userId, kind, key);
    }
    return following;
  }

  ofUser(actor: Actor): Promise<Follow[]> {
    return this.follows.ofUser(actor.userId);
  }
}
