import { buildHeatmapGrid, heatmapClass, heatmapClassRanges } from './heatmap-grid';

describe('buildHeatmapGrid', () => {
  it('shows Monday-Friday and the opening hours, filling gaps with zero', () => {
    const grid = buildHeatmapGrid([
      { weekday: 1, hour: 8, meanArrivals: 12.5 },
      { weekday: 3, hour: 10, meanArrivals: 4 },
      { weekday: 2, hour: 3, meanArrivals: 0 },
    ]);
    expect(grid?.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(grid?.hours).toEqual([8, 9, 10]);
    expect(grid?.max).toBe(12.5);
    expect(grid?.value(1, 8)).toBe(12.5);
    expect(grid?.value(5, 9)).toBeNull();
  });

  it('adds weekend days that had arrivals', () => {
    const grid = buildHeatmapGrid([
      { weekday: 1, hour: 8, meanArrivals: 1 },
      { weekday: 6, hour: 10, meanArrivals: 2 },
      { weekday: 7, hour: 10, meanArrivals: 0 },
    ]);
    expect(grid?.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('is undefined without arrivals', () => {
    expect(buildHeatmapGrid([])).toBeUndefined();
    expect(buildHeatmapGrid([{ weekday: 1, hour: 8, meanArrivals: 0 }])).toBeUndefined();
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
