import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ExportsModule } from './exports/exports.module';
import { DataProtectionModule } from './data-protection/data-protection.module';
import type { RequestWithActor } from './auth/access.decorator';
import { CommentsModule } from './comments/comments.module';
import { DemoModule } from './demo/demo.module';
import { ModerationModule } from './moderation/moderation.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { ContributionsModule } from './contributions/contributions.module';
import { FollowsModule } from './follows/follows.module';
import { LoaderRepositories } from './loaders/request-loaders';
import { LoadersModule } from './loaders/loaders.module';
import { QuestionsModule } from './questions/questions.module';
import { RetentionModule } from './retention/retention.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { SynthesesModule } from './syntheses/syntheses.module';
import { AccessGuard } from './auth/access.guard';
import { strictDateTime } from './common/date-time.scalar';
import { formatGraphQLError } from './common/graphql-errors';
import { HubErrorFilter } from './common/hub-error.filter';
import { InputValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ContentChangesModule } from './content/content-changes';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { SearchModule } from './search/search.module';
import { graphqlProtection } from './security/graphql-limits';
import { GraphQLThrottlerGuard } from './security/graphql-throttler.guard';
import { SecurityModule } from './security/security.module';
import { StatusModule } from './status/status.module';
import { VocabulariesModule } from './vocabularies/vocabularies.module';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Reuses a well-formed incoming X-Request-Id (from a proxy) or makes one, and echoes it back. */
export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ContentChangesModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            // Credentials never reach the logs.
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
            autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/ready' },
          },
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        DatabaseModule,
        SchedulerModule,
        MailModule,
        SearchModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule],
          inject: [LoaderRepositories],
          useFactory: (loaders: LoaderRepositories) => ({
            path: '/graphql',
            // Built in memory; apps/api/schema.gql is written and checked by the schema test.
            autoSchemaFile: true,
            sortSchema: true,
            // Refuses non-ISO DateTime values (e.g. {"$gt": ""}) that Nest's scalar turned into dates.
            transformSchema: strictDateTime,
            playground: false,
            introspection: config.env !== 'production',
            // One set of DataLoaders per request (see loaders/request-loaders.ts).
            context: ({ req, res }: { req: RequestWithActor; res: unknown }) => ({ req, res, loaders: loaders.forRequest(req) }),
            formatError: formatGraphQLError,
            // Apollo's CSRF prevention: cookie-carrying requests must be JSON or send a preflight header.
            csrfPrevention: true,
            // Depth, cost, alias, directive and token limits; no batching (security/graphql-limits.ts).
            ...graphqlProtection(config.env),
          }),
        }),
        AuditModule,
        PersonalDataModule,
        AccountsModule,
        VocabulariesModule,
        QuestionsModule,
        ContributionsModule,
        CommentsModule,
        SynthesesModule,
        FollowsModule,
        DemoModule,
        ModerationModule,
        DataProtectionModule,
        RetentionModule,
        DashboardModule,
        ExportsModule,
        NotificationsModule,
        HealthModule,
        StatusModule,
        SecurityModule.forRoot(config.rateLimits),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        // After the AccessGuard, so per-user limits see the actor it resolved.
        { provide: APP_GUARD, useClass: GraphQLThrottlerGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: HubErrorFilter },
      ],
    };
  }
}
