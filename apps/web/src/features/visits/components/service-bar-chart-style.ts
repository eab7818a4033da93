/** The dashed line of last year's monthly totals over the bars (dark grey: 16:1 on white). */
export const LAST_YEAR_COLOR = '#111827';
