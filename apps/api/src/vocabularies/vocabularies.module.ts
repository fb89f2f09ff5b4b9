import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CohortRecord, CohortSchema } from './cohort.schema';
import { CohortsRepository } from './cohorts.repository';
import { LabelledTermRecord, LabelledTermSchema } from './labelled-term.schema';
import { LabelledTermsRepository } from './labelled-terms.repository';
import { LOCALISED_NAME_RESOLVERS } from './localised-name.resolvers';
import { PlaceRecord, PlaceSchema } from './place.schema';
import { PlacesRepository } from './places.repository';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';
import { SectorRecord, SectorSchema } from './sector.schema';
import { SectorsRepository } from './sectors.repository';
import { DEFAULT_VOCABULARY_SEED, VOCABULARY_SEED } from './seed';
import { TagRecord, TagSchema } from './tag.schema';
import { TagsRepository } from './tags.repository';
import { TagsResolver } from './tags.resolver';
import { TagsService } from './tags.service';
import { TermsResolver } from './terms.resolver';
import { TermsService } from './terms.service';
import { VocabulariesService } from './vocabularies.service';
import { VocabularySeeder } from './vocabulary.seeder';

/** Sectors, cohorts, places, tags and labels: seeded at boot, edited by admins, used by all modules. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: SectorRecord.name, schema: SectorSchema },
      { name: CohortRecord.name, schema: CohortSchema },
      { name: PlaceRecord.name, schema: PlaceSchema },
      { name: TagRecord.name, schema: TagSchema },
      { name: LabelledTermRecord.name, schema: LabelledTermSchema },
    ]),
  ],
  providers: [
    { provide: VOCABULARY_SEED, useValue: DEFAULT_VOCABULARY_SEED },
    SectorsRepository,
    CohortsRepository,
    PlacesRepository,
    TagsRepository,
    LabelledTermsRepository,
    TermsService,
    PlacesService,
    TagsService,
    VocabulariesService,
    VocabularySeeder,
    TermsResolver,
    PlacesResolver,
    TagsResolver,
    ...LOCALISED_NAME_RESOLVERS,
  ],
  exports: [VocabulariesService, TermsService],
})
export class VocabulariesModule {}
