import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '../accounts/accounts.module';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { SearchIndexModule } from '../search/search-index.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { ExportChunkRecord, ExportChunkSchema, ExportClaimRecord, ExportClaimSchema, ExportJobRecord, ExportJobSchema } from './export-job.schema';
import { ExportRowsBuilder } from './export-rows';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsResolver } from './exports.resolver';
import { ExportsService } from './exports.service';
import { ExportsWorker } from './exports.worker';

/** Exports of questions and search result sets as CSV (with HXL), XLSX and JSON (issue #7). */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ExportJobRecord.name, schema: ExportJobSchema },
      { name: ExportChunkRecord.name, schema: ExportChunkSchema },
      { name: ExportClaimRecord.name, schema: ExportClaimSchema },
    ]),
    AccountsModule,
    QuestionsModule,
    ContributionsModule,
    SearchIndexModule,
    VocabulariesModule,
  ],
  controllers: [ExportsController],
  providers: [ExportsRepository, ExportRowsBuilder, ExportsService, ExportsResolver, ExportsWorker],
})
export class ExportsModule {}
