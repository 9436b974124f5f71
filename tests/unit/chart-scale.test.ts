import { describe, test, expect } from 'vitest';
import { axisTop, fitMarkers, markerLanes } from '../../lib/cumulative-rows';

describe('the chart axis fits the itemised series', () => {
  test('a claim far above the steps is clipped, not stretching the axis', () => {
    expect(fitMarkers(1_037, [7_000])).toEqual({ top: 1_037, clipped: [true] });
  });

  test('a claim near the steps widens the axis to show it', () => {
    expect(fitMarkers(1_000, [1_200, 9_000])).toEqual({ top: 1_200, clipped: [false, true] });
  });

  test('with nothing itemised the claims set the axis', () => {
    expect(fitMarkers(0, [7_000])).toEqual({ top: 7_000, clipped: [false] });
  });
});

describe('labels of close markers', () => {
  test('step down a lane when the previous marker is near, back to the top when far', () => {
    expect(markerLanes([0, 10, 20, 90], 100)).toEqual([0, 1, 2, 0]);
  });

  test('wrap after three lanes', () => {
    expect(markerLanes([0, 1, 2, 3], 100)).toEqual([0, 1, 2, 0]);
  });
});

describe('the axis top', () => {
  test('leaves headroom above the highest step, rounded to two significant digits', () => {
    expect(axisTop(103_700_000_000)).toBe(120_000_000_000);
    expect(axisTop(700_000_000_000)).toBe(810_000_000_000);
    expect(axisTop(0)).toBe(0);
  });
});
