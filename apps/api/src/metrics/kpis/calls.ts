import { eventKpi, type EventKind, type KpiDefinition } from './kpi-definition';
import { KpiUnit, type KpiSql, QUEUE_THRESHOLDS, ServiceLevelVariant } from './kpi-types';

// Calls: the telephony platform's calls, over mart.call_daily and dw.fact_call.

interface CallSql {
  calls(filter: string): string;
  /** Seconds in queue, by bucket lower bound in the rollup and exactly in the facts. */
  queue: string;
  sum(measure: 'queue_seconds' | 'talk_seconds' | 'hold_seconds' | 'wrap_up_seconds'): string;
  resolved(filter: string): string;
  coded(filter: string): string;
}

// As CALL_DAILY (libs/warehouse/src/rollups/call-rollups.ts) builds mart.call_daily from dw.fact_call.
const CALLS: EventKind<CallSql> = {
  rollup: 'callDaily',
  facts: 'callFacts',
  rollupSql: {
    calls: (filter) => `sum(r.count_calls) FILTER (WHERE ${filter})`,
    queue: 'r.queue_bucket_seconds',
    sum: (measure) => `sum(r.sum_${measure})`,
    resolved: (filter) => `sum(r.count_first_contact_resolved) FILTER (WHERE ${filter})`,
    coded: (filter) => `sum(r.count_resolution_coded) FILTER (WHERE ${filter})`,
  },
  factsSql: {
    calls: (filter) => `count(*) FILTER (WHERE ${filter})`,
    queue: 'coalesce(r.queue_seconds, 0)',
    sum: (measure) => `sum(r.${measure})`,
    resolved: (filter) => `count(*) FILTER (WHERE ${filter} AND r.is_first_contact_resolved)`,
    coded: (filter) => `count(r.is_first_contact_resolved) FILTER (WHERE ${filter})`,
  },
};

// Answered means the 'answered' outcome only: a transferred, forwarded or called-back call is
// offered but not answered by the municipality's queue.
const ANSWERED = `r.outcome = 'answered'`;
const ABANDONED = `r.outcome = 'abandoned'`;
const OFFERED = `r.outcome <> 'ivr_only'`;
// Within T means a wait of at most T seconds, the usual contact-centre convention; a short abandon
// waits less than S.
const withinServiceLevel = (c: CallSql, sql: KpiSql) =>
  `${c.queue} <= ${sql.param('serviceLevelSeconds')}`;
const shortAbandon = (c: CallSql, sql: KpiSql) =>
  `${ABANDONED} AND ${c.queue} < ${sql.param('shortAbandonSeconds')}`;

const SERVICE_LEVEL_DENOMINATORS: Record<ServiceLevelVariant, (c: CallSql, sql: KpiSql) => string> =
  {
    A: (c) => c.calls(`${ANSWERED} OR ${ABANDONED}`),
    B: (c, sql) => c.calls(`${OFFERED} AND NOT (${shortAbandon(c, sql)})`),
    C: (c, sql) =>
      c.calls(`${ANSWERED} OR (${ABANDONED} AND ${c.queue} > ${sql.param('serviceLevelSeconds')})`),
  };

const atThreshold = (seconds: number) => QUEUE_THRESHOLDS.includes(seconds);

export const CALL_KPIS: KpiDefinition[] = [
  eventKpi(CALLS, {
    id: 'calls_offered',
    labelDa: 'Tilbudte opkald',
    labelEn: 'Calls offered',
    descriptionDa: 'Opkald der nåede en kø; opkald der sluttede i talemenuen tælles ikke med.',
    descriptionEn: 'Calls that reached a queue; calls that ended in the IVR are not counted.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c) => c.calls(OFFERED),
  }),
  eventKpi(CALLS, {
    id: 'calls_answered',
    labelDa: 'Besvarede opkald',
    labelEn: 'Calls answered',
    descriptionDa: 'Opkald besvaret i kommunens kø (udfald "answered").',
    descriptionEn: "Calls answered in the municipality's queue (outcome 'answered').",
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c) => c.calls(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'calls_abandoned',
    labelDa: 'Opgivne opkald',
    labelEn: 'Calls abandoned',
    descriptionDa: 'Opkald hvor borgeren lagde på i køen, inklusive korte opgivelser.',
    descriptionEn: 'Calls where the caller hung up in the queue, short abandons included.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c) => c.calls(ABANDONED),
  }),
  eventKpi(CALLS, {
    id: 'short_abandons',
    labelDa: 'Korte opgivelser',
    labelEn: 'Short abandons',
    descriptionDa:
      'Opgivne opkald med kortere køtid end grænsen (standard 5 s). En grænse uden for rollup-tabellens tærskler læses fra de enkelte opkald.',
    descriptionEn:
      'Abandoned calls that queued less than the threshold (default 5 s). A threshold other than the rollup’s thresholds is read from the individual calls.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c, sql) => c.calls(shortAbandon(c, sql)),
    rollupAnswers: (o) => atThreshold(o.shortAbandonSeconds),
  }),
  eventKpi(CALLS, {
    id: 'answer_rate',
    labelDa: 'Svarprocent',
    labelEn: 'Answer rate',
    descriptionDa: 'Besvarede opkald ÷ tilbudte opkald.',
    descriptionEn: 'Answered calls ÷ calls offered.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.calls(ANSWERED),
    denominator: (c) => c.calls(OFFERED),
  }),
  eventKpi(CALLS, {
    id: 'service_level',
    labelDa: 'Serviceniveau',
    labelEn: 'Service level',
    descriptionDa:
      'Opkald besvaret inden for T sekunder (køtid højst T) ÷ en nævner efter variant: A = besvarede + opgivne; B = tilbudte − korte opgivelser; C = besvarede + opgivne efter mere end T. T (standard 60 s) læses fra rollup-tabellen ved tærsklerne 0, 5, 10, 20, 30, 45, 60, 90, 120, 180 og 300 s og ellers fra de enkelte opkald.',
    descriptionEn:
      'Calls answered within T seconds (a wait of at most T) ÷ a denominator by variant: A = answered + abandoned; B = offered − short abandons; C = answered + abandoned after more than T. T (default 60 s) is answered from the rollup at the thresholds 0, 5, 10, 20, 30, 45, 60, 90, 120, 180 and 300 s and from the individual calls otherwise.',
    unit: KpiUnit.PERCENT,
    // 2: waits of exactly T count as within T (version 1 counted waits < T).
    definitionVersion: 2,
    numerator: (c, sql) => c.calls(`${ANSWERED} AND ${withinServiceLevel(c, sql)}`),
    denominator: (c, sql) => SERVICE_LEVEL_DENOMINATORS[sql.variant](c, sql),
    rollupAnswers: (o) =>
      atThreshold(o.serviceLevelSeconds) &&
      (o.serviceLevelVariant !== ServiceLevelVariant.B || atThreshold(o.shortAbandonSeconds)),
  }),
  eventKpi(CALLS, {
    id: 'asa',
    labelDa: 'Gennemsnitlig svartid (ASA)',
    labelEn: 'Average speed of answer (ASA)',
    descriptionDa: 'Køtid for besvarede opkald ÷ besvarede opkald.',
    descriptionEn: 'Queue time of answered calls ÷ answered calls.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (c) => `${c.sum('queue_seconds')} FILTER (WHERE ${ANSWERED})`,
    denominator: (c) => c.calls(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'aht',
    labelDa: 'Gennemsnitlig behandlingstid (AHT)',
    labelEn: 'Average handling time (AHT)',
    descriptionDa: 'Samtale + parkering + efterbehandling for besvarede opkald ÷ besvarede opkald.',
    descriptionEn: 'Talk + hold + wrap-up of answered calls ÷ answered calls.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (c) =>
      // Each part summed alone, so that a call without hold time still counts its talk.
      (['talk_seconds', 'hold_seconds', 'wrap_up_seconds'] as const)
        .map((measure) => `coalesce(${c.sum(measure)} FILTER (WHERE ${ANSWERED}), 0)`)
        .join(' + '),
    denominator: (c) => c.calls(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'first_contact_resolution',
    labelDa: 'Straksafklaring',
    labelEn: 'First-contact resolution',
    descriptionDa:
      'Besvarede opkald kodet som afklaret ved første kontakt ÷ besvarede opkald med en afklaringskode.',
    descriptionEn:
      'Answered calls coded as resolved at first contact ÷ answered calls with a resolution code.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.resolved(ANSWERED),
    denominator: (c) => c.coded(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'forwarded_to_hotline_share',
    labelDa: 'Andel viderestillet til Den Digitale Hotline',
    labelEn: 'Forwarded-to-hotline share',
    descriptionDa: 'Opkald viderestillet til den tværkommunale hotline ÷ tilbudte opkald.',
    descriptionEn: 'Calls forwarded to the inter-municipal hotline ÷ calls offered.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.calls(`r.outcome = 'forwarded_hotline'`),
    denominator: (c) => c.calls(OFFERED),
  }),
];
