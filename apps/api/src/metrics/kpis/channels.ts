import {
  type Aggregates,
  ALL_GRAINS,
  type KpiDefinition,
  type KpiText,
  MONTH_AND_LONGER,
  sourceKpi,
} from './kpi-definition';
import { DEFAULT_HOURS_PER_FTE, Dimension, type Grain, KpiUnit } from './kpi-types';

// Across channels and efficiency: contacts, rota hours and population side by side.

const CONTACTS = 'sum(r.count_contacts)';
const contactsOf = (channels: string) =>
  `sum(r.count_contacts) FILTER (WHERE r.channel_code IN (${channels}))`;
const STAFFED = `'visit', 'call'`;
const STAFF_HOURS = 'sum(r.staff_hours)';
const STAFFED_HOURS = `sum(r.staff_hours) FILTER (WHERE r.channel_code IN (${STAFFED}))`;
const CONTACT_DIMENSIONS = [Dimension.SERVICE, Dimension.CHANNEL, Dimension.MUNICIPALITY];
const STAFF_DIMENSIONS = [Dimension.CHANNEL, Dimension.MUNICIPALITY];

const channelKpi = (
  spec: KpiText & Aggregates & { grains?: readonly Grain[]; dimensions?: readonly Dimension[] },
): KpiDefinition =>
  sourceKpi({
    grains: MONTH_AND_LONGER,
    dimensions: CONTACT_DIMENSIONS,
    ...spec,
    source: 'channelDaily',
  });

const channelShare = (channel: string, labelDa: string, labelEn: string): KpiDefinition =>
  channelKpi({
    id: `${channel}_share`,
    labelDa: `Kanalandel: ${labelDa}`,
    labelEn: `Channel share: ${labelEn}`,
    descriptionDa: `Henvendelser i kanalen ${labelDa.toLowerCase()} ÷ alle henvendelser (kanalmiks).`,
    descriptionEn: `Contacts in the ${labelEn.toLowerCase()} channel ÷ all contacts (channel mix).`,
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => contactsOf(`'${channel}'`),
    denominator: () => CONTACTS,
  });

export const CHANNEL_KPIS: KpiDefinition[] = [
  channelKpi({
    id: 'contacts',
    labelDa: 'Henvendelser',
    labelEn: 'Contacts',
    descriptionDa:
      'Betjente besøg + tilbudte opkald + digitale ansøgninger (også med hjælp) + chatbot-samtaler + afhentninger i boks. Digitale tal er månedstal.',
    descriptionEn:
      'Served visits + calls offered + digital submissions (assisted included) + chatbot sessions + pickup-box pickups. Digital figures are monthly.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => CONTACTS,
  }),
  channelShare('visit', 'Personligt fremmøde', 'In person'),
  channelShare('call', 'Telefon', 'Telephone'),
  channelShare('digital', 'Digital selvbetjening', 'Digital self-service'),
  channelKpi({
    id: 'contacts_per_1000_inhabitants',
    labelDa: 'Henvendelser pr. 1.000 indbyggere',
    labelEn: 'Contacts per 1,000 inhabitants',
    descriptionDa:
      'Henvendelser ÷ gennemsnitligt indbyggertal i perioden × 1.000 (indbyggertal pr. år).',
    descriptionEn: "Contacts ÷ the period's mean population × 1,000 (population by year).",
    unit: KpiUnit.PER_THOUSAND,
    definitionVersion: 1,
    dimensions: [Dimension.MUNICIPALITY],
    numerator: () => CONTACTS,
    // Every day of a year carries the year's inhabitants: their mean is the period's population.
    denominator: () => 'sum(r.inhabitants) / nullif(count(r.inhabitants), 0)',
  }),
  channelKpi({
    id: 'staff_hours',
    labelDa: 'Medarbejdertimer',
    labelEn: 'Staff hours',
    descriptionDa: 'Timer i skranke, telefon og backoffice efter vagtplanen.',
    descriptionEn: 'Counter, phone and back-office hours from the rota.',
    unit: KpiUnit.HOURS,
    definitionVersion: 1,
    grains: ALL_GRAINS,
    dimensions: STAFF_DIMENSIONS,
    numerator: () => STAFF_HOURS,
  }),
  channelKpi({
    id: 'contacts_per_staff_hour',
    labelDa: 'Henvendelser pr. medarbejdertime',
    labelEn: 'Contacts per staff hour',
    descriptionDa:
      'Betjente besøg ÷ skranketimer og tilbudte opkald ÷ telefontimer; samlet begge kanaler.',
    descriptionEn:
      'Served visits ÷ counter hours and calls offered ÷ phone hours; both channels together.',
    unit: KpiUnit.PER_HOUR,
    definitionVersion: 1,
    grains: ALL_GRAINS,
    dimensions: STAFF_DIMENSIONS,
    numerator: () => contactsOf(STAFFED),
    denominator: () => STAFFED_HOURS,
  }),
  channelKpi({
    id: 'fte',
    labelDa: 'Årsværk',
    labelEn: 'FTE',
    descriptionDa: `Medarbejdertimer ÷ timer pr. årsværk (standard ${DEFAULT_HOURS_PER_FTE}: 37 t/uge i 44 uger efter ferie, feriefridage og helligdage).`,
    descriptionEn: `Staff hours ÷ annual hours per FTE (default ${DEFAULT_HOURS_PER_FTE}: 37 h/week over the 44 weeks left after holiday and public holidays).`,
    unit: KpiUnit.FTE,
    definitionVersion: 1,
    dimensions: STAFF_DIMENSIONS,
    numerator: () => STAFF_HOURS,
    denominator: (sql) => sql.param('hoursPerFte'),
  }),
  channelKpi({
    id: 'staff_cost_dkk',
    labelDa: 'Lønkroner',
    labelEn: 'Staff cost (DKK)',
    descriptionDa: 'Årsværk × pris pr. årsværk (standard 400.000 kr.).',
    descriptionEn: 'FTE × cost per FTE (default DKK 400,000).',
    unit: KpiUnit.DKK,
    definitionVersion: 1,
    dimensions: STAFF_DIMENSIONS,
    numerator: (sql) => `${STAFF_HOURS} * ${sql.param('costPerFte')}`,
    denominator: (sql) => sql.param('hoursPerFte'),
  }),
  channelKpi({
    id: 'cost_per_contact',
    labelDa: 'Pris pr. henvendelse',
    labelEn: 'Cost per contact',
    descriptionDa:
      'Lønkroner i skranke og telefon ÷ deres henvendelser; pr. kanal med dimensionen CHANNEL. Digitale kanaler har ingen vagtplanstimer.',
    descriptionEn:
      'Staff cost of counter and phone ÷ their contacts; per channel with the CHANNEL dimension. Digital channels have no rota hours.',
    unit: KpiUnit.DKK,
    definitionVersion: 1,
    dimensions: STAFF_DIMENSIONS,
    numerator: (sql) => `${STAFFED_HOURS} * ${sql.param('costPerFte')}`,
    denominator: (sql) => `${contactsOf(STAFFED)} * ${sql.param('hoursPerFte')}`,
  }),
];
