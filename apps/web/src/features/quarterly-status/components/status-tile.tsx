import { formatDecimal } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { StatusTile as Tile } from '../api/get-quarterly-status';
import { formatKpiDelta, formatKpiValue, formatTarget, relativeChange } from '../utils/kpi-format';
import { quarterLabel } from '../utils/quarter';
import { Sparkline } from './sparkline';
import { StatusBadge } from './status-badge';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/** A change as arrow, sign and words (never colour alone), with the per cent change of counts. */
function Change({ tile, delta, base }: { tile: Tile; delta: number | null; base: number | null }) {
  const { t, language } = useI18n();
  if (delta === null) return <>{t('quarterlyStatus.noChange')}</>;
  const { direction, text } = formatKpiDelta(delta, tile.kpi.unit, language, t);
  const relative = tile.kpi.unit === 'COUNT' ? relativeChange(tile.current.value, base) : undefined;
  const percent =
    relative === undefined
      ? ''
      : ` (${relative > 0 ? '+' : relative < 0 ? '−' : '±'}${t('quarterlyStatus.unit.PERCENT', {
          value: formatDecimal(Math.abs(relative), language, 1),
        })})`;
  return (
    <span className={`quarterly-status__change quarterly-status__change--${direction}`}>
      <span aria-hidden="true">{ARROWS[direction]} </span>
      <span className="visually-hidden">{t(`quarterlyStatus.${direction}`)}: </span>
      {text}
      {percent}
    </span>
  );
}

/** One KPI of the quarter: value, changes, status against the target and an 8-quarter sparkline. */
export function StatusTile({
  tile,
  previous,
  lastYear,
}: {
  tile: Tile;
  previous: string;
  lastYear: string;
}) {
  const { t, language } = useI18n();
  const unit = tile.kpi.unit;
  return (
    <li className="quarterly-status__tile" data-kpi={tile.kpi.id}>
      <h4 className="quarterly-status__kpi">
        {language === 'da' ? tile.kpi.labelDa : tile.kpi.labelEn}
      </h4>
      <div className="quarterly-status__headline">
        <p className="quarterly-status__value">
          {formatKpiValue(tile.current.value, unit, language, t)}
        </p>
        {tile.sparkline.some((point) => point.value !== null) && (
          <Sparkline points={tile.sparkline} />
        )}
      </div>
      <p className="quarterly-status__status">
        <StatusBadge status={tile.status} />
        {/* Without a target the badge ("Intet mål") says it all. */}
        {tile.targets.length > 0 && (
          <span className="quarterly-status__target">
            {t('quarterlyStatus.target', {
              target: tile.targets
                .map((target) => formatTarget(target, unit, language, t))
                .join('; '),
            })}
          </span>
        )}
      </p>
      <dl className="quarterly-status__deltas">
        <div>
          <dt>{t('quarterlyStatus.vs', { quarter: quarterLabel(previous, t) })}</dt>
          <dd>
            <Change
              tile={tile}
              delta={tile.deltaPreviousQuarter}
              base={tile.previousQuarter.value}
            />
          </dd>
        </div>
        <div>
          <dt>{t('quarterlyStatus.vs', { quarter: quarterLabel(lastYear, t) })}</dt>
          <dd>
            <Change
              tile={tile}
              delta={tile.deltaSameQuarterLastYear}
              base={tile.sameQuarterLastYear.value}
            />
          </dd>
        </div>
      </dl>
    </li>
  );
}
