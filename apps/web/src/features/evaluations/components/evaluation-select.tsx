import { SelectField } from '../../../components/ui/select-field';
import { useI18n } from '../../../lib/i18n';
import type { EvaluationSummary } from '../api/evaluation-types';

export const EVALUATION_PARAM = 'evaluering';

type EvaluationSelectProps = {
  evaluations: readonly EvaluationSummary[];
  value: string;
  onChange: (id: string) => void;
};

/** Picks one stored evaluation, named by what it measures. */
export function EvaluationSelect({ evaluations, value, onChange }: EvaluationSelectProps) {
  const { t, language } = useI18n();
  return (
    <SelectField
      label={t('booking.evaluation')}
      name={EVALUATION_PARAM}
      value={value}
      onChange={onChange}
    >
      {evaluations.map((evaluation) => (
        <option key={evaluation.id} value={evaluation.id}>
          {evaluation.name}:{' '}
          {language === 'da' ? evaluation.metricLabelDa : evaluation.metricLabelEn}
        </option>
      ))}
    </SelectField>
  );
}
