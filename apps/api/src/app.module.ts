import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AnnotationsModule } from './annotations/annotations.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BookingCapacityModule } from './booking-capacity/booking-capacity.module';
import { ChanceQueueModule } from './chance-queue/chance-queue.module';
import { ContactPatternsModule } from './contact-patterns/contact-patterns.module';
import { DataQualityModule } from './data-quality/data-quality.module';
import { DatabaseModule } from './database/database.module';
import { DigitalExclusionModule } from './digital-exclusion/digital-exclusion.module';
import { EfficiencyModule } from './efficiency/efficiency.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { HealthModule } from './health/health.module';
import { MappingAssistantModule } from './mapping-assistant/mapping-assistant.module';
import { MetricsModule } from './metrics/metrics.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { JsonLogger } from './observability/json-logger';
import { ObservabilityModule } from './observability/observability.module';
import { type ApiConfig, readApiConfig } from './security/api-config';
import { formatGraphQLError } from './security/format-error';
import { queryLimitRules } from './security/query-limits';
import { QuarterlyStatusModule } from './quarterly-status/quarterly-status.module';
import { ResponseCacheModule } from './response-cache/response-cache.module';
import { PeaksModule } from './peaks/peaks.module';
import { ForecastModule } from './forecast/forecast.module';
import { TargetsModule } from './targets/targets.module';
import { VisitsModule } from './visits/visits.module';

export interface AppOptions {
  databaseUrl: string;
  /** False builds the app without connecting, e.g. to print the GraphQL schema. */
  connect?: boolean;
  /** Overrides of the settings read from the environment. */
  config?: Partial<ApiConfig>;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const config = { ...readApiConfig(), ...options.config };
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot({
          databaseUrl: options.databaseUrl,
          connect: options.connect ?? true,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [JsonLogger],
          useFactory: (logger: JsonLogger) => ({
            // The schema is built in memory; `npm run schema:generate` writes apps/api/schema.gql.
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: !config.production,
            validationRules: queryLimitRules(),
            // Field resolvers get the guard and the municipality scope too.
            fieldResolverEnhancers: ['guards', 'interceptors'],
            formatError: formatGraphQLError(config.production, logger),
          }),
        }),
        AuditModule,
        AuthModule.forRoot(config.loginThrottle),
        ObservabilityModule,
        ResponseCacheModule.forRoot({
          entries: config.responseCacheEntries,
          ttlSeconds: config.responseCacheTtlSeconds,
        }),
        AnnotationsModule,
        BookingCapacityModule,
        ChanceQueueModule,
        ContactPatternsModule,
        DataQualityModule,
        DigitalExclusionModule,
        EfficiencyModule,
        EvaluationsModule,
        HealthModule,
        MappingAssistantModule,
        MetricsModule,
        MunicipalitiesModule,
        QuarterlyStatusModule,
        PeaksModule,
        ForecastModule,
        TargetsModule,
        VisitsModule,
      ],
    };
  }
}
