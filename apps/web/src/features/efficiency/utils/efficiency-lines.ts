import type { LineSeries } from '../../../components/charts/time-series-chart';
import type { TableColumn, TableData } from '../../../lib/export/table-data';
import type { EfficiencyPoint } from '../api/get-efficiency';
import { CHANNEL_COLORS, type EfficiencyChannel } from './channels';

export type EfficiencyMetric = 'staffHours' | 'contactsPerStaffHour';

/** A period a year later ('2025-03' → '2026-03', '2025-Q3' → '2026-Q3'): lays the comparison under the period. */
export function shiftYearForward(period: string): string {
  return `${String(Number(period.slice(0, 4)) + 1).padStart(4, '0')}${period.slice(4)}`;
}

type LineLabels = {
  channel: (channel: EfficiencyChannel) => string;
  comparison: (channelLabel: string) => string;
};

function channelPoints(
  series: readonly EfficiencyPoint[],
  channel: EfficiencyChannel,
  metric: EfficiencyMetric,
  shift: boolean,
) {
  return series
    .filter((point) => point.channel === channel && point.period !== null)
    .map((point) => ({
      period: shift ? shiftYearForward(point.period as string) : (point.period as string),
      value: point[metric],
    }));
}

const hasValue = (line: LineSeries) => line.points.some((point) => point.value !== null);

/**
 * One line per chosen channel with a value (back office has no contacts, so no contacts per
 * staff hour), and, with a comparison, the same channel a year earlier as a dashed line laid on
 * the same periods.
 */
export function efficiencyLines(
  series: readonly EfficiencyPoint[],
  comparison: readonly EfficiencyPoint[] | undefined,
  channels: readonly EfficiencyChannel[],
  metric: EfficiencyMetric,
  labels: LineLabels,
): LineSeries[] {
  return channels.flatMap((channel) => {
    const current: LineSeries = {
      key: channel,
      label: labels.channel(channel),
      color: CHANNEL_COLORS[channel],
      points: channelPoints(series, channel, metric, false),
    };
    if (!hasValue(current)) return [];
    if (!comparison) return [current];
    const earlier: LineSeries = {
      key: `${channel}-comparison`,
      label: labels.comparison(current.label),
      color: CHANNEL_COLORS[channel],
      dashed: true,
      points: channelPoints(comparison, channel, metric, true),
    };
    return [current, earlier];
  });
}

/** The lines as a table: a row per period, a column per line, as the chart draws them. */
export function linesTable(
  lines: readonly LineSeries[],
  options: {
    caption: string;
    fileName: string;
    periodHeader: string;
    /** Month periods are exported as dates; quarters as their label. */
    periodLabel?: (period: string) => string;
    fractionDigits: number;
  },
): TableData {
  const periods = [...new Set(lines.flatMap((line) => line.points.map((p) => p.period)))].sort();
  const columns: TableColumn[] = [
    { key: 'period', header: options.periodHeader, kind: options.periodLabel ? 'text' : 'month' },
    ...lines.map((line): TableColumn => ({
      key: line.key,
      header: line.label,
      kind: 'number',
      fractionDigits: options.fractionDigits,
    })),
  ];
  const values = new Map(
    lines.map((line) => [line.key, new Map(line.points.map((p) => [p.period, p.value]))]),
  );
  return {
    caption: options.caption,
    fileName: options.fileName,
    columns,
    rows: periods.map((period) => ({
      period: options.periodLabel ? options.periodLabel(period) : period,
      ...Object.fromEntries(
        lines.map((line) => [line.key, values.get(line.key)?.get(period) ?? null]),
      ),
    })),
  };
}
