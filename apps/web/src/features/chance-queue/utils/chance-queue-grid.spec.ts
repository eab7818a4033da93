import { SEQUENTIAL_BLUES } from '../../../lib/colors';
import type { ChanceQueueCell } from '../api/get-chance-queue';
import { buildChanceQueueGrid, chanceQueueColor } from './chance-queue-grid';

function cell(weekday: number, hour: number, walkIns: number, usable: number, servable = 0) {
  return {
    weekday,
    hour,
    walkIns,
    walkInsServable: servable,
    idleUnbookedMinutes: usable,
    idleNoShowMinutes: 0,
    usableIdleMinutes: usable,
    staffMinutes: servable * 15,
  } satisfies ChanceQueueCell;
}

describe('buildChanceQueueGrid', () => {
  it('spans the hours with walk-ins or idle time, Monday to Friday', () => {
    const grid = buildChanceQueueGrid([
      cell(1, 7, 0, 0),
      cell(1, 9, 2, 30, 2),
      cell(3, 12, 0, 15),
      cell(2, 10, 4, 60, 3.5),
    ]);
    expect(grid?.hours).toEqual([9, 10, 11, 12]);
    expect(grid?.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(grid?.max).toBe(3.5);
    expect(grid?.cell(2, 10)?.walkInsServable).toBe(3.5);
    expect(grid?.cell(4, 10)).toBeUndefined();
  });

  it('adds Saturday when it had anything, and is undefined when nothing happened', () => {
    expect(buildChanceQueueGrid([cell(6, 10, 1, 0)])?.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(buildChanceQueueGrid([cell(1, 9, 0, 0)])).toBeUndefined();
    expect(buildChanceQueueGrid([])).toBeUndefined();
  });
});

describe('chanceQueueColor', () => {
  it('runs from the lightest to the darkest blue', () => {
    expect(chanceQueueColor(0, 4)).toBe(SEQUENTIAL_BLUES[0]);
    expect(chanceQueueColor(4, 4)).toBe(SEQUENTIAL_BLUES.at(-1));
    expect(chanceQueueColor(1, 0)).toBe(SEQUENTIAL_BLUES[0]);
  });
});
