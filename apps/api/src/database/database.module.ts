import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseHealthService } from './database-health.service';

@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        uri: config.mongo.uri,
        dbName: config.mongo.dbName,
        // The driver reconnects by itself after a loss; these bound how long an operation waits.
        serverSelectionTimeoutMS: 5_000,
        heartbeatFrequencyMS: 2_000,
        // Indexes are created by each repository's `onModuleInit`, not implicitly per model.
        autoIndex: false,
        // Retries of the first connection, so the API can start before its database.
        retryAttempts: 30,
        retryDelay: 1_000,
        // Tests count the commands a request sends (the constant-round-trip test).
        monitorCommands: config.env === 'test',
      }),
    }),
  ],
  providers: [DatabaseHealthService],
  exports: [DatabaseHealthService],
})
export class DatabaseModule {}
