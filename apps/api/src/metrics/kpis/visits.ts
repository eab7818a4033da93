import { eventKpi, type EventKind, type KpiDefinition } from './kpi-definition';
import { KpiUnit } from './kpi-types';

// Visits: the queue system's tickets, over mart.visit_daily (and mart.visit_arrivals) and dw.fact_visit.

interface VisitSql {
  /** Served tickets matching an optional condition. */
  served(filter?: string): string;
  sumWait: string;
  countWaits: string;
  sumHandling: string;
  countHandled: string;
  noShows: string;
}

const SERVED = `r.outcome = 'served'`;
const and = (a: string, b?: string) => (b ? `${a} AND ${b}` : a);

const VISITS: EventKind<VisitSql> = {
  rollup: 'visitDaily',
  facts: 'visitFacts',
  rollupSql: {
    served: (filter) => `sum(r.count_served)${filter ? ` FILTER (WHERE ${filter})` : ''}`,
    sumWait: 'sum(r.sum_wait_seconds)',
    countWaits: 'sum(r.count_waits)',
    sumHandling: 'sum(r.sum_handling_seconds)',
    countHandled: 'sum(r.count_handled)',
    noShows: 'sum(r.count_no_show)',
  },
  // As VISIT_DAILY (libs/warehouse/src/rollups/visit-rollups.ts) builds mart.visit_daily from dw.fact_visit.
  factsSql: {
    served: (filter) => `count(*) FILTER (WHERE ${and(SERVED, filter)})`,
    sumWait: `sum(r.wait_seconds) FILTER (WHERE ${SERVED})`,
    countWaits: `count(r.wait_seconds) FILTER (WHERE ${SERVED})`,
    sumHandling: 'sum(r.handling_seconds)',
    countHandled: 'count(r.handling_seconds)',
    noShows: `count(*) FILTER (WHERE r.outcome = 'no_show')`,
  },
};

export const VISIT_KPIS: KpiDefinition[] = [
  eventKpi(VISITS, {
    id: 'visits',
    labelDa: 'Personlige henvendelser',
    labelEn: 'Visits',
    descriptionDa: 'Betjente køsedler; en seddel kaldt igen efter udeblivelse tæller én gang.',
    descriptionEn: 'Served tickets; a ticket recalled after a no-show counts once.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (v) => v.served(),
  }),
  eventKpi(VISITS, {
    id: 'walk_in_share',
    labelDa: 'Andel uden tidsbestilling',
    labelEn: 'Walk-in share',
    descriptionDa: 'Betjente besøg uden tidsbestilling ÷ betjente besøg.',
    descriptionEn: 'Served visits without a booking ÷ served visits.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (v) => v.served('NOT r.is_booked'),
    denominator: (v) => v.served(),
  }),
  eventKpi(VISITS, {
    id: 'mean_wait',
    labelDa: 'Gennemsnitlig ventetid',
    labelEn: 'Mean wait',
    descriptionDa:
      'Summen af ventetider ÷ antal målte ventetider (betjening start − seddel trukket). Median og 90-percentil kræver de enkelte besøg og er ikke med i denne version.',
    descriptionEn:
      'Sum of waits ÷ number of waits measured (service start − ticket drawn). Median and 90th percentile need the individual visits and are not in this version.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (v) => v.sumWait,
    denominator: (v) => v.countWaits,
  }),
  eventKpi(VISITS, {
    id: 'waited_over_target_share',
    labelDa: 'Andel der ventede over målet',
    labelEn: 'Waited over target',
    descriptionDa:
      'Betjente besøg med ventetid over målet (standard 15 min) ÷ betjente besøg med målt ventetid. Læses fra de enkelte besøg, da rollup-tabellen kun har summer.',
    descriptionEn:
      'Served visits that waited longer than the target (default 15 min) ÷ served visits with a measured wait. Read from the individual visits: the rollup keeps only sums.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    factsOnly: true,
    numerator: (_v, sql) =>
      `count(*) FILTER (WHERE ${SERVED} AND r.wait_seconds > ${sql.param('waitTargetSeconds')})`,
    denominator: (v) => v.countWaits,
  }),
  eventKpi(VISITS, {
    id: 'mean_handling_time',
    labelDa: 'Gennemsnitlig betjeningstid',
    labelEn: 'Mean handling time',
    descriptionDa: 'Summen af betjeningstider (slut − start) ÷ antal betjeninger med sluttid.',
    descriptionEn: 'Sum of handling times (end − start) ÷ number of visits with a service end.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (v) => v.sumHandling,
    denominator: (v) => v.countHandled,
  }),
  eventKpi(VISITS, {
    id: 'no_show_tickets',
    labelDa: 'Udeblevne køsedler',
    labelEn: 'No-show tickets',
    descriptionDa: 'Køsedler uden betjeningsslut: borgeren kom ikke, da sedlen blev kaldt.',
    descriptionEn: 'Tickets without a service end: the citizen did not come when called.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (v) => v.noShows,
  }),
  eventKpi(VISITS, {
    id: 'assisted_self_service',
    labelDa: 'Hjælp til selvbetjening',
    labelEn: 'Assisted self-service',
    descriptionDa: 'Besøg hvor en medarbejder hjalp borgeren gennem en selvbetjeningsløsning.',
    descriptionEn: 'Visits where staff helped a citizen through a self-service solution.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    factsOnly: true,
    numerator: (v) => v.served('r.is_assisted_self_service'),
  }),
  eventKpi(
    {
      rollup: 'visitArrivals',
      facts: 'visitFacts',
      rollupSql: 'sum(r.count_arrivals)',
      factsSql: 'count(*)',
    },
    {
      id: 'tickets_drawn',
      labelDa: 'Trukne køsedler',
      labelEn: 'Tickets drawn',
      descriptionDa: 'Alle trukne køsedler, betjente og udeblevne; kan deles på time.',
      descriptionEn: 'Every ticket drawn, served or not; can be split by hour.',
      unit: KpiUnit.COUNT,
      definitionVersion: 1,
      numerator: (count) => count,
    },
  ),
];
