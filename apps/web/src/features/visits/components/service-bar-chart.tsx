import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { periodOf, type TimeAnnotation } from '../../../components/charts/time-series-chart';
import { formatInteger, formatMonth, type Language } from '../../../lib/format';
import { prefersReducedMotion } from '../../../lib/motion';
import type { ServiceSeries, StackedMonth } from '../utils/stack-top-services';
import { LAST_YEAR_COLOR } from './service-bar-chart-style';
import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { AXIS_LINE, AXIS_TICK, GRID } from '../../../components/charts/chart-style';

type ServiceBarChartProps = {
  rows: readonly StackedMonth[];
  series: readonly ServiceSeries[];
  language: Language;
  totalLabel: string;
  /** Text alternative for the whole chart. */
  label: string;
  /** Last year's total per month (keyed by this year's month), drawn as a dashed line. */
  lastYear?: { label: string; totals: ReadonlyMap<string, number> };
  annotations?: readonly TimeAnnotation[];
};

const HEIGHT = 340;

/**
 * The recharts part of the visits card, split out so it can be lazy-loaded: recharts is the
 * largest dependency and the page shell should not wait for it. The chart is one image to
 * assistive technology; the card's data table carries the numbers.
 */
export function ServiceBarChart({
  rows,
  series,
  language,
  totalLabel,
  label,
  lastYear,
  annotations = [],
}: ServiceBarChartProps) {
  const animate = !prefersReducedMotion();
  const rowByMonth = new Map(rows.map((row) => [row.month, row]));
  // Thin white edges keep adjacent segments apart; they would drown very narrow bars.
  const edge = rows.length <= 48 ? 1 : 0;

  const renderTooltip = ({ active, label: month }: TooltipContentProps) => {
    const row = active && month !== undefined ? rowByMonth.get(String(month)) : undefined;
    if (!row) return null;
    return (
      <ChartTooltip
        title={formatMonth(row.month, language, 'long')}
        rows={[
          ...[...series].reverse().map((s) => ({
            key: s.key,
            label: s.label,
            color: s.color,
            value: formatInteger(Number(row[s.key] ?? 0), language),
          })),
          {
            key: 'total',
            label: totalLabel,
            value: formatInteger(row.total, language),
            total: true,
          },
          ...(lastYear
            ? [
                {
                  key: 'lastYear',
                  label: lastYear.label,
                  value: formatInteger(lastYear.totals.get(row.month) ?? 0, language),
                },
              ]
            : []),
        ]}
      />
    );
  };

  return (
    <div className="chart-plot" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart
          data={
            lastYear
              ? rows.map((row) => ({ ...row, lastYear: lastYear.totals.get(row.month) ?? 0 }))
              : (rows as StackedMonth[])
          }
          margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="month"
            tickFormatter={(month: string) => formatMonth(month, language)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={AXIS_LINE}
            minTickGap={12}
          />
          <YAxis
            tickFormatter={(value: number) => formatInteger(value, language)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            allowDecimals={false}
            width={64}
          />
          <Tooltip content={renderTooltip} cursor={{ fill: 'rgba(17, 24, 39, 0.08)' }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="visits"
              fill={s.color}
              stroke="#ffffff"
              strokeWidth={edge}
              isAnimationActive={animate}
            />
          ))}
          {lastYear && (
            <Line
              dataKey="lastYear"
              name={lastYear.label}
              stroke={LAST_YEAR_COLOR}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={animate}
            />
          )}
          {annotations.map((annotation) => {
            const month = periodOf(
              annotation.from,
              rows.map((row) => row.month),
            );
            return month ? (
              <ReferenceLine
                key={`${annotation.from}-${annotation.label}`}
                x={month}
                stroke="#4b5563"
                strokeDasharray="2 3"
                label={{
                  value: annotation.label,
                  position: 'insideTopLeft',
                  fill: '#4b5563',
                  fontSize: 12,
                }}
              />
            ) : null;
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
