import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { textColorOn } from '../../../lib/colors';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatDecimal, formatInteger, formatPeriod } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { prefersReducedMotion } from '../../../lib/motion';
import { useContactPatterns, type ContactPatternsParams } from '../api/get-contact-patterns';
import { channelMixByPeriod, MIX_SEGMENTS, type MixRow } from '../utils/channel-mix';
import { CHANNEL_COLORS, CHANNEL_LABELS } from './channel-style';
import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { AXIS_LINE, AXIS_TICK, GRID } from '../../../components/charts/chart-style';

/** Segments thinner than this (in percent) get no label inside; the tooltip and table have it. */
const MIN_LABELLED_SHARE = 8;

type ChannelMixChartProps = {
  params: ContactPatternsParams | undefined;
  /** Service code, or '' for all services. */
  serviceCode: string;
  serviceName: (code: string) => string;
};

/** The channel mix per period as 100 % stacked bars: in person, phone, digital. */
export function ChannelMixChart({ params, serviceCode, serviceName }: ChannelMixChartProps) {
  const { t, language } = useI18n();
  const query = useContactPatterns(params);
  const result = query.data;
  const rows = useMemo(
    () => (result ? channelMixByPeriod(result.patterns.channelMix, serviceCode) : undefined),
    [result, serviceCode],
  );

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !rows) status = 'loading';
  else if (rows.length === 0) status = 'empty';
  else status = 'ready';

  const service = serviceCode ? serviceName(serviceCode) : t('channels.allServices');
  const range = result && {
    service,
    from: formatDate(result.params.from, language),
    to: formatDate(result.params.to, language),
  };
  const table: TableData | undefined =
    rows && range && result
      ? {
          caption: t('channelMix.caption', range),
          fileName: `kanalindsigt-kanalfordeling-${result.params.municipalityCode}-${result.params.from}-${result.params.to}${serviceCode ? `-${serviceCode}` : ''}`,
          columns: [
            { key: 'period', header: t('channels.period'), kind: 'text' },
            { key: 'contacts', header: t('channels.contacts'), kind: 'integer' },
            ...MIX_SEGMENTS.map((channel) => ({
              key: channel,
              header: t('channels.shareColumn', { channel: t(CHANNEL_LABELS[channel]) }),
              kind: 'percent' as const,
            })),
          ],
          rows: rows.map((row) => ({ ...row, period: formatPeriod(row.period, language) })),
        }
      : undefined;

  const animate = !prefersReducedMotion();
  const percent = (value: number) => `${formatDecimal(value, language)} %`;
  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const row = active ? (payload?.[0]?.payload as MixRow | undefined) : undefined;
    if (!row) return null;
    return (
      <ChartTooltip
        title={formatPeriod(row.period, language)}
        rows={[
          ...[...MIX_SEGMENTS].reverse().map((channel) => {
            const share = row[channel];
            return {
              key: channel,
              label: t(CHANNEL_LABELS[channel]),
              color: CHANNEL_COLORS[channel],
              value: share === null ? '–' : percent(share),
            };
          }),
          {
            key: 'contacts',
            label: t('channels.contacts'),
            value: formatInteger(row.contacts, language),
            total: true,
          },
        ]}
      />
    );
  };

  return (
    <ChartCard
      testId="channel-mix-chart"
      title={t('channelMix.title')}
      description={<p>{t('channelMix.description', { service })}</p>}
      status={status}
      error={query.error}
      emptyMessage={t('channelMix.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {rows && range && (
        <figure className="chart-figure">
          <div className="chart-plot" role="img" aria-label={t('channelMix.figureLabel', range)}>
            <ResponsiveContainer width="100%" height={340}>
              <BarChart
                data={rows}
                margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
                accessibilityLayer={false}
              >
                <CartesianGrid vertical={false} stroke={GRID} />
                <XAxis
                  dataKey="period"
                  tickFormatter={(period: string) => formatPeriod(period, language)}
                  tick={AXIS_TICK}
                  tickLine={false}
                  axisLine={AXIS_LINE}
                  minTickGap={12}
                />
                <YAxis
                  domain={[0, 100]}
                  ticks={[0, 25, 50, 75, 100]}
                  tickFormatter={(value: number) => `${formatInteger(value, language)} %`}
                  tick={AXIS_TICK}
                  tickLine={false}
                  axisLine={false}
                  width={56}
                />
                <Tooltip content={renderTooltip} cursor={{ fill: 'rgba(17, 24, 39, 0.08)' }} />
                {MIX_SEGMENTS.map((channel) => (
                  <Bar
                    key={channel}
                    dataKey={channel}
                    name={t(CHANNEL_LABELS[channel])}
                    stackId="mix"
                    fill={CHANNEL_COLORS[channel]}
                    stroke="#ffffff"
                    strokeWidth={rows.length <= 48 ? 1 : 0}
                    isAnimationActive={animate}
                  >
                    {rows.length <= 24 && (
                      <LabelList
                        dataKey={channel}
                        position="center"
                        fill={textColorOn(CHANNEL_COLORS[channel])}
                        fontSize={11}
                        formatter={(value: unknown) =>
                          typeof value === 'number' && value >= MIN_LABELLED_SHARE
                            ? formatInteger(value, language)
                            : ''
                        }
                      />
                    )}
                  </Bar>
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="chart-legend">
            <ul className="chart-legend__items">
              {[...MIX_SEGMENTS].reverse().map((channel) => (
                <li key={channel} className="chart-legend__item">
                  <span
                    className="swatch"
                    style={{ backgroundColor: CHANNEL_COLORS[channel] }}
                    aria-hidden="true"
                  />
                  {t(CHANNEL_LABELS[channel])}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
      )}
    </ChartCard>
  );
}
