import { Injectable } from '@nestjs/common';
import { DEFAULT_KPI_OPTIONS, Dimension } from '../metrics/kpis/kpi-types';
import { kpisAt, MetricsService, type SeriesPoint } from '../metrics/metrics.service';
import type { EfficiencyArgs } from './dto/efficiency.args';
import type { Efficiency, EfficiencyPoint } from './models/efficiency.model';

const KPI_IDS = [
  'staff_hours',
  'contacts_per_staff_hour',
  'fte',
  'staff_cost_dkk',
  'cost_per_contact',
] as const;
/** The staffed channels; rota hours without one are back office. */
const CHANNELS = new Map<string | null, string>([
  ['visit', 'visit'],
  ['call', 'call'],
  [null, 'back_office'],
]);

@Injectable()
export class EfficiencyService {
  constructor(private readonly metrics: MetricsService) {}

  async efficiency(args: EfficiencyArgs): Promise<Efficiency> {
    const kpis = kpisAt(KPI_IDS, args.grain);
    const codes = [args.municipalityCode];
    // One source, one query: by period and channel with the totals per period and per channel.
    const [sums, { targets, annotations }] = await Promise.all([
      this.metrics.compute(
        {
          kpis,
          municipalityCodes: codes,
          options: {
            ...DEFAULT_KPI_OPTIONS,
            hoursPerFte: args.hoursPerFte,
            costPerFte: args.costPerFte,
          },
          filters: {},
        },
        { period: args, grain: args.grain, dimension: Dimension.CHANNEL },
        [],
      ),
      this.metrics.context(codes, KPI_IDS, args),
    ]);
    const [hours, perHour, fte, dkk, perContact] = KPI_IDS.map((id) => sums.get(id)?.series ?? []);
    // Every KPI here reads the same rows of the same query, so the i-th points belong together.
    const points = (hours ?? []).flatMap((row, i): EfficiencyPoint[] => {
      const acrossChannels = row.kind === 'period' || row.kind === 'total';
      const channel = acrossChannels ? null : CHANNELS.get(row.dimensionValue);
      if (channel === undefined) return []; // digital channels have no staff hours
      const at = (series?: SeriesPoint[]) => series?.[i];
      return [
        {
          period: row.period,
          channel,
          staffHours: row.numerator,
          contacts: at(perHour)?.numerator ?? 0,
          contactsPerStaffHour: at(perHour)?.value ?? null,
          fte: at(fte)?.value ?? 0,
          staffCostDkk: at(dkk)?.value ?? 0,
          costPerContact: at(perContact)?.value ?? null,
        },
      ];
    });
    return {
      municipalityCode: args.municipalityCode,
      from: args.from,
      to: args.to,
      grain: args.grain,
      hoursPerFte: args.hoursPerFte,
      costPerFte: args.costPerFte,
      series: points.filter((p) => p.period !== null),
      totals: points.filter((p) => p.period === null),
      targets,
      annotations,
    };
  }
}
