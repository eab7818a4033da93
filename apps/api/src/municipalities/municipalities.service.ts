import { Injectable } from '@nestjs/common';
import { MunicipalitiesRepository } from './municipalities.repository';
import type { Municipality } from './models/municipality.model';

@Injectable()
export class MunicipalitiesService {
  constructor(private readonly repository: MunicipalitiesRepository) {}

  async withVisitData(): Promise<Municipality[]> {
    const rows = await this.repository.withVisitData();
    return rows.map((row) => ({
      code: row.municipality_code,
      nameDa: row.name_da,
      region: row.region,
      visitsFrom: row.visits_from,
      visitsTo: row.visits_to,
    }));
  }
}
