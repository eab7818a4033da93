import { BadRequestException, Injectable } from '@nestjs/common';
import { dateKey } from '@kanalindsigt/calendar/local-date';
import type { MunicipalityPeriodArgs } from '../common/dto/municipality.args';
import type { ArrivalsHeatmap } from './models/arrivals-heatmap.model';
import type { ServiceMonthVisits } from './models/service-month-visits.model';
import { VisitsRepository } from './visits.repository';

@Injectable()
export class VisitsService {
  constructor(private readonly repository: VisitsRepository) {}

  async serviceMonths(args: MunicipalityPeriodArgs): Promise<ServiceMonthVisits[]> {
    const { fromKey, toKey } = periodKeys(args);
    const rows = await this.repository.serviceMonths(args.municipalityCode, fromKey, toKey);
    return rows.map((row) => ({
      month: row.month,
      serviceCode: row.service_code,
      serviceNameDa: row.name_da,
      serviceNameEn: row.name_en,
      visits: row.visits,
    }));
  }

  async arrivalsHeatmap(args: MunicipalityPeriodArgs): Promise<ArrivalsHeatmap> {
    const { fromKey, toKey } = periodKeys(args);
    const [rows, openingDays] = await Promise.all([
      this.repository.arrivalsHeatmap(args.municipalityCode, fromKey, toKey),
      this.repository.countOpeningDays(args.municipalityCode, fromKey, toKey),
    ]);
    return {
      openingDays,
      cells: rows.map((row) => ({
        weekday: row.weekday,
        hour: row.hour,
        meanArrivals: row.mean_arrivals,
      })),
    };
  }
}

function periodKeys(args: MunicipalityPeriodArgs): { fromKey: number; toKey: number } {
  const fromKey = dateKey(args.from);
  const toKey = dateKey(args.to);
  if (fromKey > toKey)
    throw new BadRequestException(`from (${args.from}) is after to (${args.to})`);
  return { fromKey, toKey };
}
