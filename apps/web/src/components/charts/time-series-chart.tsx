import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatPeriod } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { prefersReducedMotion } from '../../lib/motion';
import { AXIS_LINE, AXIS_TICK, GRID } from './chart-style';
import { ChartTooltip } from './chart-tooltip';

/** One line: a value per period ('YYYY-MM', 'YYYY-MM-DD', 'YYYY-Qn', …); null = no value. */
export type LineSeries = {
  key: string;
  label: string;
  color: string;
  /** Dashed (e.g. the comparison period or a counterfactual), so it differs by more than colour. */
  dashed?: boolean;
  points: readonly { period: string; value: number | null }[];
};

/** A shaded band (e.g. a 95 % interval) per period. */
export type BandSeries = {
  key: string;
  label: string;
  color: string;
  points: readonly { period: string; low: number; high: number }[];
};

/** An event on the time axis: a line at `from`, or a shaded span to `to`. Dates 'YYYY-MM-DD'. */
export type TimeAnnotation = { from: string; to?: string | null; label: string };

type TimeSeriesChartProps = {
  lines: readonly LineSeries[];
  bands?: readonly BandSeries[];
  annotations?: readonly TimeAnnotation[];
  /** Formats a value for the axis and the tooltip. */
  formatValue: (value: number) => string;
  /** Text alternative for the whole chart; the card's table carries the numbers. */
  label: string;
  height?: number;
};

const ANNOTATION = '#4b5563';

/** The period among `periods` (sorted) that holds the date: the last one not after it. */
export function periodOf(date: string, periods: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const period of periods) {
    const start = /^\d{4}-Q[1-4]$/.test(period)
      ? `${period.slice(0, 4)}-${String((Number(period.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`
      : period;
    if (start.localeCompare(date) <= 0) found = period;
  }
  return found;
}

type Row = Record<string, string | number | [number, number] | null>;

/**
 * Lines over time with optional bands and event annotations, Danish axes and tooltip. Every
 * period of any series is on the axis, in order.
 */
export function TimeSeriesChart({
  lines,
  bands = [],
  annotations = [],
  formatValue,
  label,
  height = 320,
}: TimeSeriesChartProps) {
  const { language } = useI18n();
  const rows = new Map<string, Row>();
  const row = (period: string) => {
    let found = rows.get(period);
    if (!found) {
      found = { period };
      rows.set(period, found);
    }
    return found;
  };
  for (const band of bands)
    for (const point of band.points) row(point.period)[band.key] = [point.low, point.high];
  for (const line of lines)
    for (const point of line.points) row(point.period)[line.key] = point.value;
  const data = [...rows.values()].sort((a, b) => String(a.period).localeCompare(String(b.period)));
  const periods = data.map((r) => String(r.period));

  const renderTooltip = ({ active, label: period }: TooltipContentProps) => {
    const values = active && period !== undefined ? rows.get(String(period)) : undefined;
    if (!values) return null;
    return (
      <ChartTooltip
        title={formatPeriod(String(period), language)}
        rows={[
          ...lines.flatMap((line) => {
            const value = values[line.key];
            return typeof value === 'number'
              ? [{ key: line.key, label: line.label, color: line.color, value: formatValue(value) }]
              : [];
          }),
          ...bands.flatMap((band) => {
            const value = values[band.key];
            return Array.isArray(value)
              ? [
                  {
                    key: band.key,
                    label: band.label,
                    value: `${formatValue(value[0])} – ${formatValue(value[1])}`,
                  },
                ]
              : [];
          }),
        ]}
      />
    );
  };

  const animate = !prefersReducedMotion();
  return (
    <div className="chart-plot" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={data}
          margin={{ top: 24, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="period"
            tickFormatter={(period: string) => formatPeriod(period, language)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={AXIS_LINE}
            minTickGap={16}
          />
          <YAxis
            tickFormatter={formatValue}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={72}
          />
          <Tooltip content={renderTooltip} />
          {bands.map((band) => (
            <Area
              key={band.key}
              dataKey={band.key}
              name={band.label}
              fill={band.color}
              fillOpacity={0.25}
              stroke="none"
              isAnimationActive={animate}
            />
          ))}
          {annotations.map((annotation) => {
            const x = periodOf(annotation.from, periods);
            const x2 = annotation.to ? periodOf(annotation.to, periods) : undefined;
            if (!x) return null;
            const labelProps = {
              value: annotation.label,
              position: 'insideTopLeft' as const,
              fill: ANNOTATION,
              fontSize: 12,
            };
            return x2 && x2 !== x ? (
              <ReferenceArea
                key={`${annotation.from}-${annotation.label}`}
                x1={x}
                x2={x2}
                fill={ANNOTATION}
                fillOpacity={0.12}
                label={labelProps}
              />
            ) : (
              <ReferenceLine
                key={`${annotation.from}-${annotation.label}`}
                x={x}
                stroke={ANNOTATION}
                strokeDasharray="2 3"
                label={labelProps}
              />
            );
          })}
          {lines.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              stroke={line.color}
              strokeWidth={2}
              strokeDasharray={line.dashed ? '6 4' : undefined}
              dot={data.length <= 24}
              connectNulls={false}
              isAnimationActive={animate}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The legend under a time chart: colour plus line style, so it reads without colour too. */
export function TimeSeriesLegend({
  lines,
  bands = [],
}: {
  lines: readonly LineSeries[];
  bands?: readonly BandSeries[];
}) {
  return (
    <ul className="chart-legend__items">
      {lines.map((line) => (
        <li key={line.key} className="chart-legend__item">
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={line.color}
              strokeWidth="3"
              strokeDasharray={line.dashed ? '6 4' : undefined}
            />
          </svg>
          {line.label}
        </li>
      ))}
      {bands.map((band) => (
        <li key={band.key} className="chart-legend__item">
          <span
            className="swatch"
            style={{ backgroundColor: band.color, opacity: 0.4 }}
            aria-hidden="true"
          />
          {band.label}
        </li>
      ))}
    </ul>
  );
}
