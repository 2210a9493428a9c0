import { HEAT_MAP_PALETTE, MARGIN, ROW_HEIGHT, cellAt, colourIndex, colourTable, formatPeriod, heatMapLayout, isLabelled } from './heat-map-layout';

describe('heat map layout', () => {
  it('interpolates the palette from its lightest to its darkest colour', () => {
    const table = colourTable(HEAT_MAP_PALETTE, 64);
    expect(table).toHaveLength(64);
    expect(table[0]).toBe('rgb(247, 247, 247)');
    expect(table[63]).toBe('rgb(90, 26, 2)');
    // Halfway between #fdae6b (stop 2) and #f16913 (stop 3) at t = 2.5.
    expect(colourTable(HEAT_MAP_PALETTE, 11)[5]).toBe('rgb(247, 140, 63)');
  });

  it('puts zero, negative and missing values on the lightest step and the maximum on the darkest', () => {
    expect(colourIndex(0, 5)).toBe(0);
    expect(colourIndex(-1, 5)).toBe(0);
    expect(colourIndex(Number.NaN, 5)).toBe(0);
    expect(colourIndex(5, 5)).toBe(63);
    expect(colourIndex(9, 5)).toBe(63);
    expect(colourIndex(2.5, 5)).toBe(32);
  });

  it('shares the width between 300 months and labels them by year when cells are narrow', () => {
    const layout = heatMapLayout(1232, 12, 300);
    expect(layout.cellWidth).toBeCloseTo((1232 - MARGIN.left - MARGIN.right) / 300);
    expect(layout.height).toBe(MARGIN.top + 12 * ROW_HEIGHT + MARGIN.bottom);
    expect(layout.labelStep).toBe(24);
    expect(heatMapLayout(1232, 12, 36).labelStep).toBe(3);
    expect(isLabelled('2028-01', 14, 24)).toBe(true);
    expect(isLabelled('2027-01', 2, 24)).toBe(false);
    expect(isLabelled('2027-04', 5, 3)).toBe(true);
    expect(isLabelled('2027-05', 6, 3)).toBe(false);
  });

  it('finds the cell under the pointer and nothing in the margins', () => {
    const layout = heatMapLayout(1000, 12, 100);
    expect(cellAt(layout, 12, 100, MARGIN.left + 1, MARGIN.top + 1)).toEqual({ row: 0, period: 0 });
    expect(cellAt(layout, 12, 100, MARGIN.left + layout.cellWidth * 10.5, MARGIN.top + ROW_HEIGHT * 3.5)).toEqual({ row: 3, period: 10 });
    expect(cellAt(layout, 12, 100, MARGIN.left - 1, MARGIN.top + 1)).toBeNull();
    expect(cellAt(layout, 12, 100, MARGIN.left + 1, MARGIN.top + ROW_HEIGHT * 12 + 1)).toBeNull();
    expect(cellAt(layout, 12, 100, 1000 - MARGIN.right + 1, MARGIN.top + 1)).toBeNull();
  });

  it('names months the Dutch way by default and leaves other periods alone', () => {
    expect(formatPeriod('2027-03', 'nl-NL')).toBe('mrt 2027');
    expect(formatPeriod('2027-03', 'en-GB')).toBe('Mar 2027');
    expect(formatPeriod('2027-Q1', 'nl-NL')).toBe('2027-Q1');
  });
});
