import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AnnotationsModule } from './annotations/annotations.module';
import { BookingCapacityModule } from './booking-capacity/booking-capacity.module';
import { ContactPatternsModule } from './contact-patterns/contact-patterns.module';
import { DataQualityModule } from './data-quality/data-quality.module';
import { DatabaseModule } from './database/database.module';
import { DigitalExclusionModule } from './digital-exclusion/digital-exclusion.module';
import { EfficiencyModule } from './efficiency/efficiency.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { QuarterlyStatusModule } from './quarterly-status/quarterly-status.module';
import { PeaksModule } from './peaks/peaks.module';
import { TargetsModule } from './targets/targets.module';
import { VisitsModule } from './visits/visits.module';

export interface AppOptions {
  databaseUrl: string;
  /** False builds the app without connecting, e.g. to print the GraphQL schema. */
  connect?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot({
          databaseUrl: options.databaseUrl,
          connect: options.connect ?? true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          // The schema is built in memory; `npm run schema:generate` writes apps/api/schema.gql.
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
        }),
        AnnotationsModule,
        BookingCapacityModule,
        ContactPatternsModule,
        DataQualityModule,
        DigitalExclusionModule,
        EfficiencyModule,
        HealthModule,
        MetricsModule,
        MunicipalitiesModule,
        QuarterlyStatusModule,
        PeaksModule,
        TargetsModule,
        VisitsModule,
      ],
    };
  }
}
