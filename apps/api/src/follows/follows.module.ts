import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { QuestionsModule } from '../questions/questions.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { FollowerListRecord, FollowerListSchema, FollowRecord, FollowSchema } from './follow.schema';
import { FollowsRepository } from './follows.repository';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';

@Module({
  imports: [MongooseModule.forFeature([
      { name: FollowRecord.name, schema: FollowSchema },
      { name: FollowerListRecord.name, schema: FollowerListSchema },
    ]), QuestionsModule, VocabulariesModule],
  providers: [FollowsRepository, FollowsService, FollowsResolver],
  exports: [FollowsRepository],
})
export class FollowsModule {}
