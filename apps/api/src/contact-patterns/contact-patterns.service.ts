import { Injectable } from '@nestjs/common';
import { SERVICE_CATALOGUE } from '@kanalindsigt/warehouse/reference/service-catalogue';
import type { ViewPeriodArgs } from '../metrics/dto/view.args';
import { DEFAULT_KPI_OPTIONS, Dimension } from '../metrics/kpis/kpi-types';
import { kpisAt, MetricsService, type SeriesPoint } from '../metrics/metrics.service';
import { keyRange, oneYearEarlier } from '../metrics/query-plan';
import type { MetricValue } from '../metrics/models/metric.model';
import type { ContactPatterns } from './models/contact-patterns.model';

const SHARES = [
  ['visit', 'visit_share'],
  ['call', 'call_share'],
  ['digital', 'digital_share'],
] as const;
const KPI_IDS = ['contacts', ...SHARES.map(([, id]) => id), 'contacts_per_1000_inhabitants'];
// dw.dim_service is synced from this catalogue at every start, so its names are the warehouse's.
const SERVICES = new Map(SERVICE_CATALOGUE.map((service) => [service.code, service]));

@Injectable()
export class ContactPatternsService {
  constructor(private readonly metrics: MetricsService) {}

  async contactPatterns(args: ViewPeriodArgs): Promise<ContactPatterns> {
    const kpis = kpisAt(KPI_IDS, args.grain);
    const codes = [args.municipalityCode];
    // Every KPI here reads the one cross-channel source: a single series query split by service
    // (its per-period totals give contacts per 1,000 inhabitants) and a single totals query.
    const [sums, { targets, annotations }] = await Promise.all([
      this.metrics.compute(
        { kpis, municipalityCodes: codes, options: DEFAULT_KPI_OPTIONS, filters: {} },
        { period: args, grain: args.grain, dimension: Dimension.SERVICE },
        [keyRange('current', args), keyRange('lastYear', oneYearEarlier(args))],
      ),
      this.metrics.context(codes, KPI_IDS, args),
    ]);
    const series = (id: string): SeriesPoint[] => sums.get(id)?.series ?? [];
    const total = (id: string, range: string) => sums.get(id)?.totals.get(range) as MetricValue;
    // Rows without a service (rota hours, population) are no service's contacts.
    const cells = (id: string) =>
      series(id).filter((p) => p.kind === 'cell' && p.dimensionValue !== null);
    // The KPIs read the same rows of the same query, so the i-th cells belong together.
    const [visitShares, callShares, digitalShares] = SHARES.map(([, id]) => cells(id));
    const share = (shares: SeriesPoint[] | undefined, i: number) => shares?.[i]?.value ?? null;
    const perThousand = series('contacts_per_1000_inhabitants').filter((p) => p.kind === 'period');
    return {
      municipalityCode: args.municipalityCode,
      from: args.from,
      to: args.to,
      grain: args.grain,
      channelMix: cells('contacts').map((point, i) => {
        const serviceCode = point.dimensionValue ?? '';
        const service = SERVICES.get(serviceCode);
        return {
          period: point.period ?? '',
          serviceCode,
          serviceNameDa: service?.nameDa ?? serviceCode,
          serviceNameEn: service?.nameEn ?? serviceCode,
          contacts: point.numerator,
          visitShare: share(visitShares, i),
          callShare: share(callShares, i),
          digitalShare: share(digitalShares, i),
        };
      }),
      channelShift: SHARES.map(([channel, id]) => {
        const now = total(id, 'current');
        const then = total(id, 'lastYear');
        return {
          channel,
          share: now,
          shareLastYear: then,
          changePoints: now.value === null || then.value === null ? null : now.value - then.value,
        };
      }),
      contactsPerThousand: perThousand.map(
        ({ kind: _kind, dimensionValue: _d, period, ...value }) => ({
          period: period ?? '',
          ...value,
        }),
      ),
      contactsPerThousandTotal: total('contacts_per_1000_inhabitants', 'current'),
      targets,
      annotations,
    };
  }
}
