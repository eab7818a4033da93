import {
  buildHeatmapGrid,
  buildHeatmapGrids,
  heatmapClass,
  heatmapClassRanges,
} from './heatmap-grid';

describe('buildHeatmapGrid', () => {
  it('shows Monday-Friday and the opening hours, leaving gaps empty', () => {
    const grid = buildHeatmapGrid([
      { weekday: 1, hour: 8, value: 12.5 },
      { weekday: 3, hour: 10, value: 4 },
      { weekday: 2, hour: 3, value: 0 },
    ]);
    expect(grid?.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(grid?.slots.map((slot) => slot.hour)).toEqual([8, 9, 10]);
    expect(grid?.max).toBe(12.5);
    expect(grid?.value(1, { hour: 8, minute: 0 })).toBe(12.5);
    expect(grid?.value(5, { hour: 9, minute: 0 })).toBeNull();
  });

  it('adds weekend days that had values', () => {
    const grid = buildHeatmapGrid([
      { weekday: 1, hour: 8, value: 1 },
      { weekday: 6, hour: 10, value: 2 },
      { weekday: 7, hour: 10, value: 0 },
    ]);
    expect(grid?.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lays out quarter-hour slots', () => {
    const grid = buildHeatmapGrid(
      [
        { weekday: 1, hour: 8, minute: 30, value: 3 },
        { weekday: 2, hour: 9, minute: 15, value: 1 },
      ],
      15,
    );
    expect(grid?.slots).toEqual([
      { hour: 8, minute: 30 },
      { hour: 8, minute: 45 },
      { hour: 9, minute: 0 },
      { hour: 9, minute: 15 },
    ]);
    expect(grid?.value(1, { hour: 8, minute: 30 })).toBe(3);
  });

  it('is undefined without values', () => {
    expect(buildHeatmapGrid([])).toBeUndefined();
    expect(buildHeatmapGrid([{ weekday: 1, hour: 8, value: 0 }])).toBeUndefined();
  });
});

describe('buildHeatmapGrids', () => {
  it('puts several profiles on one layout and one colour scale', () => {
    const grids = buildHeatmapGrids([
      [{ weekday: 1, hour: 9, value: 2 }],
      [
        { weekday: 1, hour: 8, value: 8 },
        { weekday: 6, hour: 10, value: 1 },
      ],
    ]);
    expect(grids).toHaveLength(2);
    expect(grids?.[0]?.slots.map((slot) => slot.hour)).toEqual([8, 9, 10]);
    expect(grids?.[0]?.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(grids?.[0]?.max).toBe(8);
    expect(grids?.[0]?.value(1, { hour: 8, minute: 0 })).toBeNull();
    expect(grids?.[1]?.value(1, { hour: 8, minute: 0 })).toBe(8);
  });
});

describe('heatmap classes', () => {
  it('maps 0 to the lightest and the maximum to the darkest class', () => {
    expect(heatmapClass(0, 10)).toBe(0);
    expect(heatmapClass(10, 10)).toBe(6);
    expect(heatmapClass(5, 10)).toBe(3);
    expect(heatmapClass(1, 0)).toBe(0);
  });

  it('has legend ranges covering 0 to the maximum', () => {
    const ranges = heatmapClassRanges(14);
    expect(ranges).toHaveLength(7);
    expect(ranges[0]?.from).toBe(0);
    expect(ranges.at(-1)?.to).toBe(14);
  });
});
