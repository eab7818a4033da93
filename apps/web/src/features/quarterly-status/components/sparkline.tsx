import { Line, LineChart, YAxis } from 'recharts';

type SparklineProps = { points: readonly { quarter: string; value: number | null }[] };

const STROKE = '#1f4e79';

/**
 * The 8 quarters as a small line, for the shape only: hidden from screen readers, as the card's
 * table holds the numbers.
 */
export function Sparkline({ points }: SparklineProps) {
  return (
    <div className="quarterly-status__sparkline" aria-hidden="true">
      <LineChart
        width={120}
        height={32}
        data={points.map((point) => ({ ...point }))}
        margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
        accessibilityLayer={false}
      >
        <YAxis hide domain={['auto', 'auto']} />
        <Line
          dataKey="value"
          stroke={STROKE}
          strokeWidth={2}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
