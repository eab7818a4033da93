import { type KpiDefinition, MONTH_AND_LONGER, sourceKpi } from './kpi-definition';
import { Dimension, KpiUnit } from './kpi-types';

// Digital self-service: the monthly self-service figures.

const uses = (kinds: string) => `sum(r.count_uses) FILTER (WHERE r.usage_kind IN (${kinds}))`;
const DIGITAL = `'digital', 'assisted_digital'`;

export const SELF_SERVICE_KPIS: KpiDefinition[] = [
  sourceKpi({
    id: 'digital_take_up',
    labelDa: 'Selvbetjeningsgrad',
    labelEn: 'Digital take-up',
    descriptionDa:
      'Digitale ansøgninger (også med hjælp) ÷ alle ansøgninger til ydelsen (digitale og på papir). Månedstal.',
    descriptionEn:
      'Digital submissions (assisted included) ÷ all submissions of the service (digital and paper). Monthly figures.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    source: 'selfService',
    grains: MONTH_AND_LONGER,
    dimensions: [Dimension.SERVICE, Dimension.MUNICIPALITY],
    numerator: () => uses(DIGITAL),
    denominator: () => uses(`${DIGITAL}, 'paper'`),
  }),
  sourceKpi({
    id: 'digital_post_exemptions',
    labelDa: 'Fritagelser for Digital Post',
    labelEn: 'Digital Post exemptions',
    descriptionDa: 'Fritagelser for Digital Post i perioden. Månedstal.',
    descriptionEn: 'Exemptions from Digital Post in the period. Monthly figures.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    source: 'selfService',
    grains: MONTH_AND_LONGER,
    dimensions: [Dimension.MUNICIPALITY],
    numerator: () => uses(`'digital_post_exemption'`),
  }),
];
