/** One look for every chart's axes and grid: grey-700 text (10:1 on white), grey-300 lines. */
export const AXIS_TEXT = '#374151';
export const GRID = '#d1d5db';
export const AXIS_TICK = { fill: AXIS_TEXT, fontSize: 12 } as const;
export const AXIS_LINE = { stroke: AXIS_TEXT } as const;
