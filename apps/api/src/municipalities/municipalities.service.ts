import { Injectable } from '@nestjs/common';
import { MunicipalitiesRepository, type SiteRow } from './municipalities.repository';
import type { Municipality } from './models/municipality.model';

@Injectable()
export class MunicipalitiesService {
  constructor(private readonly repository: MunicipalitiesRepository) {}

  async withVisitData(): Promise<Municipality[]> {
    const [rows, siteRows] = await Promise.all([
      this.repository.withVisitData(),
      this.repository.sitesWithVisitData(),
    ]);
    const sites = new Map<string, SiteRow[]>();
    for (const site of siteRows)
      sites.set(site.municipality_code, [...(sites.get(site.municipality_code) ?? []), site]);
    return rows.map((row) => ({
      code: row.municipality_code,
      nameDa: row.name_da,
      region: row.region,
      visitsFrom: row.visits_from,
      visitsTo: row.visits_to,
      sites: (sites.get(row.municipality_code) ?? []).map((site) => ({
        code: site.site_code,
        nameDa: site.name_da,
      })),
    }));
  }
}
