import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { StatusResolver } from './status.resolver';

@Module({ imports: [HealthModule], providers: [StatusResolver] })
export class StatusModule {}
