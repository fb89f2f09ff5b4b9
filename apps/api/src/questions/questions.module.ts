import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { QuestionRecord, QuestionSchema } from './question.schema';
import { QuestionsRepository } from './questions.repository';
import { QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: QuestionRecord.name, schema: QuestionSchema }]), VocabulariesModule],
  providers: [QuestionsRepository, QuestionsService, QuestionsResolver],
  exports: [QuestionsRepository, QuestionsService],
})
export class QuestionsModule {}
