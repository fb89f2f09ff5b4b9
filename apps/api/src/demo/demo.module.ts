import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { SynthesesModule } from '../syntheses/syntheses.module';
import { DemoMarkerRepository } from './demo-marker.repository';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [QuestionsModule, ContributionsModule, CommentsModule, SynthesesModule],
  providers: [DemoMarkerRepository, DemoSeeder],
})
export class DemoModule {}
