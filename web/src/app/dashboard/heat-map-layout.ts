/** ColorBrewer "Oranges": one hue, lightness falling with the value, so it reads the same with any colour vision. */
export const HEAT_MAP_PALETTE = ['#f7f7f7', '#fdd0a2', '#fdae6b', '#f16913', '#a63603', '#5a1a02'] as const;

/** Colour steps precomputed from the palette: a cell's colour is a table lookup, never a string built per cell. */
export const COLOUR_STEPS = 64;

export const MARGIN = { left: 250, right: 24, top: 8, bottom: 64 } as const;
/** Height of one discipline's row of cells. */
export const ROW_HEIGHT = 28;
/** Least room between two period labels on the x axis. */
const MIN_LABEL_SPACING_PX = 56;

export interface HeatMapLayout {
  width: number;
  height: number;
  cellWidth: number;
  /** Every `labelStep`-th period gets a label (1, 3, 6, 12 or a multiple of 12 months). */
  labelStep: number;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The palette interpolated linearly (in sRGB) into `steps` colours, from 0 to the maximum. */
export function colourTable(palette: readonly string[] = HEAT_MAP_PALETTE, steps = COLOUR_STEPS): string[] {
  const stops = palette.map(hexToRgb);
  return Array.from({ length: steps }, (_, i) => {
    const t = (i / (steps - 1)) * (stops.length - 1);
    const lower = Math.min(stops.length - 2, Math.floor(t));
    const f = t - lower;
    const [a, b] = [stops[lower] as [number, number, number], stops[lower + 1] as [number, number, number]];
    const channel = (k: number) => Math.round(a[k]! + (b[k]! - a[k]!) * f);
    return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
  });
}

/** The colour step of a value on a scale from 0 to `max` (values at or below 0 take the lightest colour). */
export function colourIndex(value: number, max: number, steps = COLOUR_STEPS): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(steps - 1, Math.round((value / max) * (steps - 1)));
}

/** Sizes for a canvas `width` wide: cells share what the margins leave; labels thin out as cells get narrow. */
export function heatMapLayout(width: number, rows: number, periods: number): HeatMapLayout {
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const cellWidth = plotWidth / Math.max(1, periods);
  const steps = [1, 3, 6, 12];
  let labelStep = steps.find((step) => step * cellWidth >= MIN_LABEL_SPACING_PX);
  if (labelStep === undefined) labelStep = 12 * Math.ceil(MIN_LABEL_SPACING_PX / (12 * cellWidth));
  return { width, height: MARGIN.top + rows * ROW_HEIGHT + MARGIN.bottom, cellWidth, labelStep };
}

/** The cell under a point of the canvas (CSS pixels), or null outside the cells. */
export function cellAt(
  layout: HeatMapLayout,
  rows: number,
  periods: number,
  x: number,
  y: number,
): { row: number; period: number } | null {
  const column = Math.floor((x - MARGIN.left) / layout.cellWidth);
  const row = Math.floor((y - MARGIN.top) / ROW_HEIGHT);
  if (x < MARGIN.left || column < 0 || column >= periods || y < MARGIN.top || row < 0 || row >= rows) return null;
  return { row, period: column };
}

/** Whether a period (YYYY-MM) gets a label: January always when labelling by years, else every `step` months. */
export function isLabelled(period: string, index: number, step: number): boolean {
  const month = Number(period.slice(5, 7));
  if (step >= 12) return month === 1 && Number(period.slice(0, 4)) % (step / 12) === 0;
  if (Number.isNaN(month)) return index % step === 0;
  return (month - 1) % step === 0;
}

/** A period label for people: "mrt 2027" (Dutch) or "Mar 2027" for a month; other labels (2027-Q1, 2027) as they are. */
export function formatPeriod(period: string, locale: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)),
  );
  return `${name} ${month[1]}`;
}
