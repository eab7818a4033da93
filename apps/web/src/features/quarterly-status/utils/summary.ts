import { formatDecimal, formatInteger, LOCALES, type Language } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';
import type { QuarterlyStatus } from '../api/get-quarterly-status';
import { relativeChange, targetSummary } from './kpi-format';
import { quarterLabel, quarterYearEarlier } from './quarter';

function joinList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(items);
}

/** "Personlige henvendelser" → "personlige henvendelser" mid-sentence; "MitID" stays. */
function midSentence(label: string, language: Language): string {
  const second = label.charAt(1);
  return second && second === second.toLocaleLowerCase(LOCALES[language])
    ? label.charAt(0).toLocaleLowerCase(LOCALES[language]) + label.slice(1)
    : label;
}

/**
 * The plain-language paragraph above the tiles: the quarter's volumes against the same quarter
 * last year, then how many targets were met and which were not.
 */
export function summarySentences(
  status: QuarterlyStatus,
  municipalityName: string,
  language: Language,
  t: Translate,
): string[] {
  const quarter = quarterLabel(status.quarter, t);
  const lastYear = quarterLabel(quarterYearEarlier(status.quarter), t);
  const label = (tile: QuarterlyStatus['tiles'][number]) =>
    language === 'da' ? tile.kpi.labelDa : tile.kpi.labelEn;

  const counts = status.tiles
    .filter((tile) => tile.kpi.unit === 'COUNT' && tile.current.value !== null)
    .map((tile) => {
      const count = t('quarterlyStatus.summaryCount', {
        value: formatInteger(tile.current.value ?? 0, language),
        label: midSentence(label(tile), language),
      });
      const change = relativeChange(tile.current.value, tile.sameQuarterLastYear.value);
      if (change === undefined) return count;
      const percent = t('quarterlyStatus.unit.PERCENT', {
        value: formatDecimal(Math.abs(change), language, 1),
      });
      const rounded = Number(change.toFixed(1));
      const comparison =
        rounded > 0
          ? t('quarterlyStatus.summaryMore', { percent, quarter: lastYear })
          : rounded < 0
            ? t('quarterlyStatus.summaryFewer', { percent, quarter: lastYear })
            : t('quarterlyStatus.summarySame', { quarter: lastYear });
      return `${count} (${comparison})`;
    });

  const sentences: string[] = [];
  if (counts.length > 0)
    sentences.push(
      t('quarterlyStatus.summaryCounts', {
        quarter,
        municipality: municipalityName,
        counts: joinList(counts, language),
      }),
    );

  const targets = targetSummary(status.tiles);
  if (targets.total === 0) {
    sentences.push(t('quarterlyStatus.summaryNoTargets'));
    return sentences;
  }
  sentences.push(t('quarterlyStatus.summaryTargets', { met: targets.met, total: targets.total }));
  if (targets.notMet.length > 0)
    sentences.push(
      t('quarterlyStatus.summaryNotMet', {
        list: joinList(targets.notMet.map(label), language),
      }),
    );
  if (targets.noData > 0)
    sentences.push(t('quarterlyStatus.summaryNoData', { count: targets.noData }));
  return sentences;
}
