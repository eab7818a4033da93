import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { useId } from 'react';
import { SUPPRESSED, SUPPRESSED_MARK } from '../../../lib/export/table-data';
import { formatNumber, type Language } from '../../../lib/format';
import { prefersReducedMotion } from '../../../lib/motion';
import type { ChartGroup, ChartSeries, ShownValue } from '../utils/exclusion-view';
import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { AXIS_LINE, AXIS_TEXT, AXIS_TICK, GRID } from '../../../components/charts/chart-style';

type ExclusionBarChartProps = {
  groups: readonly ChartGroup[];
  series: readonly ChartSeries[];
  language: Language;
  /** Decimals of the values shown (rates and shares 1, counts 0). */
  fractionDigits: number;
  /** Appended to values in labels and the tooltip, e.g. " %". */
  unit?: string;
  /** Write every value above its bar (one-series charts); otherwise only hidden ones get "..". */
  labelAll?: boolean;
  /** Text alternative for the whole chart. */
  label: string;
};

const HEIGHT = 320;
/** Drawn where a number is missing because nothing was there to compute it from. */
const NOT_AVAILABLE = '–';

/**
 * A custom shape makes recharts keep zero-height bars (it drops them otherwise), so a hidden
 * number, drawn as a bar of 0, still gets its ".." label.
 */
const drawBar = (props: BarShapeProps) => <Rectangle {...props} />;

/**
 * Bars per group (age band or quarter), one per series. A hidden number gets no bar but the
 * mark ".." at its place, so it reads as hidden rather than as zero or as forgotten.
 * The chart is one image to assistive technology; the card's table carries the numbers.
 */
export function ExclusionBarChart({
  groups,
  series,
  language,
  fractionDigits,
  unit = '',
  labelAll = false,
  label,
}: ExclusionBarChartProps) {
  const animate = !prefersReducedMotion();
  const text = (value: ShownValue) => {
    if (value === SUPPRESSED) return SUPPRESSED_MARK;
    if (value === null) return NOT_AVAILABLE;
    return `${formatNumber(value, language, fractionDigits)}${unit}`;
  };
  const data = groups.map((group) => {
    const row: Record<string, string | number> = { group: group.label };
    for (const s of series) {
      const value = group.values[s.key] ?? null;
      row[s.key] = typeof value === 'number' ? value : 0;
      row[`${s.key}Label`] = labelAll || typeof value !== 'number' ? text(value) : '';
    }
    return row;
  });
  const patternId = useId().replace(/:/g, '');
  const fillOf = (s: ChartSeries) => (s.hatched ? `url(#${patternId}-${s.key})` : s.color);
  const groupByLabel = new Map(groups.map((group) => [group.label, group]));

  const renderTooltip = ({ active, label: groupLabel }: TooltipContentProps) => {
    const group =
      active && groupLabel !== undefined ? groupByLabel.get(String(groupLabel)) : undefined;
    if (!group) return null;
    return (
      <ChartTooltip
        title={group.label}
        rows={series.map((s) => ({
          key: s.key,
          label: s.label,
          color: s.color,
          swatchClassName: s.hatched ? 'inclusion-swatch--hatched' : undefined,
          value: text(group.values[s.key] ?? null),
        }))}
      />
    );
  };

  return (
    <div className="chart-plot" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart
          data={data}
          margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
          barCategoryGap="18%"
          accessibilityLayer={false}
        >
          <defs>
            {series
              .filter((s) => s.hatched)
              .map((s) => (
                <pattern
                  key={s.key}
                  id={`${patternId}-${s.key}`}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill="#ffffff" />
                  <rect width="3" height="6" fill={s.color} />
                </pattern>
              ))}
          </defs>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="group"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={AXIS_LINE}
            interval={0}
          />
          <YAxis
            tickFormatter={(value: number) => formatNumber(value, language, fractionDigits)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={64}
          />
          <Tooltip content={renderTooltip} cursor={{ fill: 'rgba(17, 24, 39, 0.08)' }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={fillOf(s)}
              stroke={s.hatched ? s.color : undefined}
              isAnimationActive={animate}
              shape={drawBar}
            >
              <LabelList
                dataKey={`${s.key}Label`}
                position="top"
                fill={AXIS_TEXT}
                fontSize={labelAll ? 12 : 14}
                fontWeight={labelAll ? 400 : 700}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
