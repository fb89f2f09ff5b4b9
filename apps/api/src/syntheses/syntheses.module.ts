import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { QuestionSynthesesResolver, SynthesesResolver } from './syntheses.resolver';
import { SynthesesService } from './syntheses.service';

@Module({
  imports: [QuestionsModule, ContributionsModule],
  providers: [SynthesesService, SynthesesResolver, QuestionSynthesesResolver],
  exports: [SynthesesService],
})
export class SynthesesModule {}
