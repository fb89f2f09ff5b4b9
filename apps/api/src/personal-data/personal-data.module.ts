import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PersonalDataGuard } from './personal-data-guard';
import { PersonalDataPatternRecord, PersonalDataPatternSchema } from './personal-data-pattern.schema';
import { PersonalDataPatternsRepository } from './personal-data-patterns.repository';
import { PersonalDataPatternsResolver } from './personal-data-patterns.resolver';
import { PersonalDataPatternsService } from './personal-data-patterns.service';

/** Global: every module that stores free text checks it with the one guard. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: PersonalDataPatternRecord.name, schema: PersonalDataPatternSchema }])],
  providers: [PersonalDataPatternsRepository, PersonalDataPatternsService, PersonalDataPatternsResolver, PersonalDataGuard],
  exports: [PersonalDataGuard, PersonalDataPatternsService],
})
export class PersonalDataModule {}
