/** One line of a chart's tooltip: a swatch in the series' colour (when it has one), label, value. */
export type TooltipRow = {
  key: string;
  label: string;
  value: string;
  color?: string;
  /** Extra class on the swatch, e.g. a hatch pattern that marks a comparison series. */
  swatchClassName?: string;
  /** A total: set apart from the rows above it. */
  total?: boolean;
};

/** The tooltip every chart shows on hover: a title (the period or group) and its values. */
export function ChartTooltip({ title, rows }: { title: string; rows: readonly TooltipRow[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <dl className="chart-tooltip__list">
        {rows.map((row) => (
          <div
            key={row.key}
            className={
              row.total ? 'chart-tooltip__row chart-tooltip__row--total' : 'chart-tooltip__row'
            }
          >
            <dt>
              {row.color && (
                <span
                  className={row.swatchClassName ? `swatch ${row.swatchClassName}` : 'swatch'}
                  style={{ backgroundColor: row.color }}
                  aria-hidden="true"
                />
              )}
              {row.label}
            </dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
