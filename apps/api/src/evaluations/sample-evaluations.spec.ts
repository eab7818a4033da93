import { SAMPLE_EVALUATIONS } from '@kanalindsigt/warehouse/reference/evaluations';
import { SaveEvaluationArgs } from './dto/evaluation.args';
import { checkDefinition } from './evaluations.service';
import type {
  EvaluationExposure,
  EvaluationFamily,
  EvaluationSeasonality,
  ExclusionTreatment,
} from './models/evaluation-enums';

const toInput = (series: { kpiId: string; filters?: Record<string, readonly string[]> }) => ({
  kpiId: series.kpiId,
  ...(series.filters?.SERVICE && { serviceCodes: [...series.filters.SERVICE] }),
  ...(series.filters?.CHANNEL && { channelCodes: [...series.filters.CHANNEL] }),
  ...(series.filters?.AGE_BAND && { ageBands: [...series.filters.AGE_BAND] }),
});

describe('the seeded sample evaluations', () => {
  it.each(SAMPLE_EVALUATIONS.map((e) => [e.code, e] as const))(
    '%s passes the checks a saved evaluation passes (KPIs and filters of the catalogue)',
    (_code, sample) => {
      const args = Object.assign(new SaveEvaluationArgs(), {
        municipalityCode: '0169',
        id: sample.code,
        name: 'Obligatorisk tidsbestilling',
        metricLabelDa: sample.metricLabelDa,
        metricLabelEn: sample.metricLabelEn,
        metric: toInput(sample.metric),
        periodFrom: sample.periodFrom,
        interventionDates: ['2020-12-01'],
        family: sample.family as EvaluationFamily,
        exposure: sample.exposure as EvaluationExposure,
        exposureSeries: sample.exposureSeries ? toInput(sample.exposureSeries) : null,
        seasonality: sample.seasonality as EvaluationSeasonality,
        fourierHarmonics: sample.fourierHarmonics ?? null,
        slopeChange: false,
        neweyWest: sample.neweyWest ?? false,
        exclusions: sample.exclusions.map((e) => ({
          ...e,
          treatment: e.treatment as ExclusionTreatment,
        })),
      });
      expect(checkDefinition(args).metric.kpiId).toBe(sample.metric.kpiId);
    },
  );
});
