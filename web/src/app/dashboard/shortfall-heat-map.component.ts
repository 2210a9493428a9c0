import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { HeatMapSlice } from '@wijkkracht/contracts';
import { LanguageService } from '../i18n/language.service';
import {
  HEAT_MAP_PALETTE,
  MARGIN,
  ROW_HEIGHT,
  cellAt,
  colourIndex,
  colourTable,
  formatPeriod,
  heatMapLayout,
  isLabelled,
  type HeatMapLayout,
} from './heat-map-layout';
import { sliceInFte } from './shortfall-fte';

const COLOURS = colourTable();
const TEXT = '#1d1b20';
const FONT = '12px Roboto, "Helvetica Neue", Arial, sans-serif';

interface Tooltip {
  x: number;
  y: number;
  discipline: string;
  period: string;
  value: number;
}

/**
 * Disciplines × months, coloured by the shortfall in fte, drawn straight onto one canvas: 12 × 300 cells are 3,600
 * fillRects from a precomputed colour table (a few ms, where the chart library took 140–220 ms here). Hovering a
 * cell shows its figure; the same numbers are one click away as a table, which is also what screen readers get.
 */
@Component({
  selector: 'wk-shortfall-heat-map',
  imports: [DecimalPipe, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar">
      <button mat-stroked-button type="button" (click)="showTable.set(!showTable())" [attr.aria-expanded]="showTable()" aria-controls="heat-map-table">
        {{ (showTable() ? 'dashboard.heatMap.hideTable' : 'dashboard.heatMap.showTable') | translate }}
      </button>
    </div>
    <div #chart class="chart" [style.height.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="summary()" (mousemove)="hover($event)" (mouseleave)="tooltip.set(null)"></canvas>
      @if (tooltip(); as tip) {
        <div class="tooltip" aria-hidden="true" [style.left.px]="tip.x" [style.top.px]="tip.y">
          <strong>{{ tip.discipline }}</strong><br />{{ tip.period }}: {{ tip.value | number: '1.1-1' }} {{ 'dashboard.heatMap.fte' | translate }}
        </div>
      }
    </div>
    @if (showTable()) {
      <div class="table-scroll" id="heat-map-table" tabindex="0" role="region" [attr.aria-label]="'dashboard.heatMap.tableLabel' | translate">
        <table class="wk-table">
          <caption>{{ 'dashboard.heatMap.caption' | translate }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'staff.discipline' | translate }}</th>
              @for (period of slice().periods; track period) {
                <th scope="col" class="num">{{ period }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.name) {
              <tr>
                <th scope="row">{{ row.name }}</th>
                @for (value of row.values; track $index) {
                  <td class="num">{{ value | number: '1.1-1' }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .toolbar {
      display: flex;
      justify-content: flex-end;
      margin-bottom: 8px;
    }
    .chart {
      position: relative;
      width: 100%;
    }
    canvas {
      display: block;
    }
    .tooltip {
      position: absolute;
      pointer-events: none;
      transform: translate(12px, -50%);
      padding: 6px 8px;
      border-radius: 4px;
      background: #ffffff;
      color: ${TEXT};
      border: 1px solid #79747e;
      box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
      font: var(--mat-sys-body-small);
      white-space: nowrap;
      z-index: 1;
    }
    .table-scroll {
      overflow: auto;
      max-height: 420px;
      margin-top: 8px;
    }
    caption {
      text-align: left;
      font: var(--mat-sys-body-small);
      padding: 4px 0;
    }
  `,
})
export class ShortfallHeatMapComponent {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  readonly slice = input.required<HeatMapSlice>();
  /** Accessible one-line summary (the chart itself is a canvas). */
  readonly summary = input('');
  /** After each drawing of the cells (benchmark and the dashboard's ready mark). */
  readonly drawn = output<void>();
  protected readonly showTable = signal(false);
  protected readonly tooltip = signal<Tooltip | null>(null);
  protected readonly rows = computed(() => sliceInFte(this.slice()));
  protected readonly height = computed(() => heatMapLayout(0, this.slice().rows.length, 0).height);
  private readonly chartElement = viewChild.required<ElementRef<HTMLDivElement>>('chart');
  private readonly canvasElement = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  /** The width the container gives the canvas, kept by a ResizeObserver. */
  private readonly width = signal(0);
  private layout: HeatMapLayout | null = null;

  constructor() {
    const observer = new ResizeObserver((entries) => this.width.set(Math.floor(entries[0]?.contentRect.width ?? 0)));
    inject(DestroyRef).onDestroy(() => observer.disconnect());
    effect(() => observer.observe(this.chartElement().nativeElement));
    effect(() => {
      const width = this.width() || this.chartElement().nativeElement.clientWidth;
      this.draw(this.canvasElement().nativeElement, width, this.slice(), this.rows(), this.language.current());
    });
  }

  protected hover(event: MouseEvent): void {
    const layout = this.layout;
    const rows = this.rows();
    const periods = this.slice().periods;
    const cell = layout ? cellAt(layout, rows.length, periods.length, event.offsetX, event.offsetY) : null;
    if (!cell) {
      this.tooltip.set(null);
      return;
    }
    const row = rows[cell.row];
    this.tooltip.set({
      x: event.offsetX,
      y: event.offsetY,
      discipline: row?.name ?? '',
      period: formatPeriod(periods[cell.period] ?? '', this.language.current() === 'en' ? 'en-GB' : 'nl-NL'),
      value: row?.values[cell.period] ?? 0,
    });
  }

  private draw(
    canvas: HTMLCanvasElement,
    width: number,
    slice: HeatMapSlice,
    rows: ReturnType<typeof sliceInFte>,
    language: string,
  ): void {
    if (width <= 0) return;
    const started = performance.now();
    const periods = slice.periods;
    const layout = heatMapLayout(width, rows.length, periods.length);
    this.layout = layout;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(layout.width * ratio);
    canvas.height = Math.round(layout.height * ratio);
    canvas.style.width = `${layout.width}px`;
    canvas.style.height = `${layout.height}px`;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, layout.width, layout.height);

    const values = rows.map((row) => row.values.map((value) => Math.round(value * 10) / 10));
    const max = Math.max(1, ...values.map((row) => Math.max(0, ...row)));
    // Cells: whole pixels per column edge, so neighbouring cells never leave hairline gaps.
    const edges = Array.from({ length: periods.length + 1 }, (_, i) => Math.round(MARGIN.left + i * layout.cellWidth));
    values.forEach((row, y) => {
      const top = MARGIN.top + y * ROW_HEIGHT;
      row.forEach((value, x) => {
        context.fillStyle = COLOURS[colourIndex(value, max)] as string;
        context.fillRect(edges[x] as number, top, (edges[x + 1] as number) - (edges[x] as number), ROW_HEIGHT - 1);
      });
    });

    context.font = FONT;
    context.fillStyle = TEXT;
    context.textBaseline = 'middle';
    context.textAlign = 'right';
    rows.forEach((row, y) =>
      context.fillText(this.fit(context, row.name, MARGIN.left - 12), MARGIN.left - 8, MARGIN.top + y * ROW_HEIGHT + ROW_HEIGHT / 2),
    );

    // Period labels under the cells, with a tick.
    const axisY = MARGIN.top + rows.length * ROW_HEIGHT;
    const locale = language === 'en' ? 'en-GB' : 'nl-NL';
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.strokeStyle = '#79747e';
    context.beginPath();
    periods.forEach((period, i) => {
      if (!isLabelled(period, i, layout.labelStep)) return;
      const x = edges[i] as number;
      context.moveTo(x + 0.5, axisY);
      context.lineTo(x + 0.5, axisY + 4);
      const label = layout.labelStep < 12 ? formatPeriod(period, locale) : period.slice(0, 4);
      context.fillText(label, x, axisY + 6);
    });
    context.stroke();

    // Legend: the colour scale from 0 to the largest shortfall shown.
    const fte = this.translate.instant('dashboard.heatMap.fte') as string;
    const legendY = layout.height - 22;
    const legendWidth = 200;
    const gradient = context.createLinearGradient(MARGIN.left, 0, MARGIN.left + legendWidth, 0);
    HEAT_MAP_PALETTE.forEach((colour, i) => gradient.addColorStop(i / (HEAT_MAP_PALETTE.length - 1), colour));
    context.fillStyle = gradient;
    context.fillRect(MARGIN.left, legendY, legendWidth, 14);
    context.strokeRect(MARGIN.left + 0.5, legendY + 0.5, legendWidth - 1, 13);
    context.fillStyle = TEXT;
    context.textBaseline = 'middle';
    context.textAlign = 'right';
    context.fillText(`0 ${fte}`, MARGIN.left - 8, legendY + 7);
    context.textAlign = 'left';
    context.fillText(`${max.toLocaleString(locale)} ${fte}`, MARGIN.left + legendWidth + 8, legendY + 7);

    // User Timing for the web benchmark: the drawing itself (synchronous: the cells are on the canvas when it
    // returns) and up to the next frame, which also holds whatever else the page renders in that turn.
    const detail = { rows: rows.length, periods: periods.length };
    performance.measure('wk:heat-map', { start: started, end: performance.now(), detail });
    requestAnimationFrame(() => {
      performance.measure('wk:heat-map-frame', { start: started, end: performance.now(), detail });
      this.drawn.emit();
    });
  }

  /** The text, shortened with an ellipsis to fit the width. */
  private fit(context: CanvasRenderingContext2D, text: string, width: number): string {
    if (context.measureText(text).width <= width) return text;
    let end = text.length;
    while (end > 1 && context.measureText(`${text.slice(0, end)}…`).width > width) end--;
    return `${text.slice(0, end)}…`;
  }
}
