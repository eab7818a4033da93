import type { DataSource } from 'typeorm';
import { AnnotationsRepository } from '../annotations/annotations.repository';
import { AnnotationsService } from '../annotations/annotations.service';
import { Warehouse } from '../database/warehouse';
import { TargetsRepository } from '../targets/targets.repository';
import { TargetsService } from '../targets/targets.service';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';

/** The metrics service wired by hand over a test database, for the integration tests that use it. */
export function newMetricsService(dataSource: DataSource): MetricsService {
  const warehouse = new Warehouse(dataSource);
  return new MetricsService(
    new MetricsRepository(warehouse),
    new TargetsService(new TargetsRepository(warehouse)),
    new AnnotationsService(new AnnotationsRepository(warehouse)),
  );
}
