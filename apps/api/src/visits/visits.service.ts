import { Injectable } from '@nestjs/common';
import type { MunicipalitySitePeriodArgs } from '../common/dto/municipality.args';
import { PeakResolution } from '../peaks/dto/peaks.args';
import { PeaksService, periodKeys } from '../peaks/peaks.service';
import type { ArrivalsHeatmap } from './models/arrivals-heatmap.model';
import type { ServiceMonthVisits } from './models/service-month-visits.model';
import { VisitsRepository } from './visits.repository';

@Injectable()
export class VisitsService {
  constructor(
    private readonly repository: VisitsRepository,
    private readonly peaks: PeaksService,
  ) {}

  async serviceMonths(args: MunicipalitySitePeriodArgs): Promise<ServiceMonthVisits[]> {
    const rows = await this.repository.serviceMonths(
      args.municipalityCode,
      periodKeys(args),
      args.siteCode ?? null,
    );
    return rows.map((row) => ({
      month: row.month,
      serviceCode: row.service_code,
      serviceNameDa: row.name_da,
      serviceNameEn: row.name_en,
      visits: row.visits,
    }));
  }

  /** The dashboard's heatmap: the visits profile of the peaks view, by hour. */
  async arrivalsHeatmap(args: MunicipalitySitePeriodArgs): Promise<ArrivalsHeatmap> {
    const current = await this.peaks.profile('VISIT', args, PeakResolution.HOUR);
    return {
      openingDays: current.openingDays,
      cells: current.cells.map(({ weekday, hour, meanArrivals }) => ({
        weekday,
        hour,
        meanArrivals,
      })),
    };
  }
}
