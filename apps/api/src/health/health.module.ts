import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module';
import { SearchIndexModule } from '../search/search-index.module';
import { HealthController } from './health.controller';
import { ReadinessService } from './readiness.service';

@Module({
  imports: [DatabaseModule, SearchIndexModule],
  controllers: [HealthController],
  providers: [ReadinessService],
  exports: [ReadinessService],
})
export class HealthModule {}
