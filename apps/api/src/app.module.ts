import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { LoggerOptions } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CountingLogger } from './common/logging/sql-counter';
import { PubSubModule } from './common/pubsub/pubsub.module';
import { TestSupportModule } from './common/testing/test-support.module';
import { AccessModule } from './common/access/access.module';
import { AuthModule } from './auth/auth.module';
import { AppGraphqlModule } from './common/graphql/graphql.module';
import { LoggingModule } from './common/logging/logging.module';
import { AppConfig } from './config/app-config';
import { DatabaseModule } from './common/database/database.module';
import { buildOrmOptions, runtimePoolOptions } from './database/mikro-orm.config';
import { DiscussionsModule } from './discussions/discussions.module';
import { KnowledgeModule } from './knowledge/knowledge.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { MeetingsModule } from './meetings/meetings.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { ProjectsModule } from './projects/projects.module';
import { SearchModule } from './search/search.module';
import { ThemesModule } from './themes/themes.module';
import { CalendarModule } from './calendar/calendar.module';
import { AuditModule } from './audit/audit.module';
import { PrivacyModule } from './privacy/privacy.module';
import { OpenDataModule } from './open-data/open-data.module';
import { LearningModule } from './learning/learning.module';
import { InsightModule } from './insight/insight.module';
import { FilesModule } from './files/files.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

/** The whole API. The database URL is resolved (embedded PostgreSQL started, migrated) before this module is built. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        MikroOrmModule.forRoot({
          ...buildOrmOptions(databaseUrl, runtimePoolOptions(config.databaseTimeouts)),
          registerRequestContext: true,
          // The pool opens its first connection on the first query; the start itself checks the database through the
          // migration check (main.ts), concurrently with creating the modules, instead of waiting here.
          connect: false,
          ensureDatabase: false,
          ...(config.testSqlCounter ? { loggerFactory: (options: LoggerOptions) => new CountingLogger(options) } : {}),
        }),
        DatabaseModule.forRoot(databaseUrl),
        PubSubModule,
        AccessModule,
        JobsModule,
        MailModule,
        AuthModule,
        AppGraphqlModule,
        FilesModule,
        HealthModule,
        NotificationsModule,
        PeopleModule,
        OrganisationsModule,
        ProjectsModule,
        MeetingsModule,
        ThemesModule,
        CalendarModule,
        AuditModule,
        PrivacyModule,
        OpenDataModule,
        LearningModule,
        InsightModule,
        DiscussionsModule,
        KnowledgeModule,
        SearchModule,
        ...(config.testSqlCounter ? [TestSupportModule] : []),
      ],
    };
  }
}
