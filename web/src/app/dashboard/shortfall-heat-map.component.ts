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
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { HeatMapSlice } from '@wijkkracht/contracts';
import { loadEcharts } from '../ui/echarts-loader';
import { sliceInFte } from './shortfall-fte';

/** ColorBrewer "Oranges": one hue, lightness falling with the value, so it reads the same with any colour vision. */
const PALETTE = ['#f7f7f7', '#fdd0a2', '#fdae6b', '#f16913', '#a63603', '#5a1a02'];

/**
 * Disciplines × months, coloured by the shortfall in fte (ECharts, canvas: fast for 12 × 300 cells). The same
 * numbers are one click away as a table, which is also what screen readers get.
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
    <div #chart class="chart" role="img" [attr.aria-label]="summary()" [style.height.px]="height()"></div>
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
      width: 100%;
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
  readonly slice = input.required<HeatMapSlice>();
  /** Accessible one-line summary (the chart itself is a canvas). */
  readonly summary = input('');
  protected readonly showTable = signal(false);
  protected readonly rows = computed(() => sliceInFte(this.slice()));
  protected readonly height = computed(() => 80 + this.slice().rows.length * 28);
  private readonly chartElement = viewChild.required<ElementRef<HTMLDivElement>>('chart');
  private chart: { setOption(option: unknown, notMerge?: boolean): void; dispose(): void; resize(): void } | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    const onResize = () => this.chart?.resize();
    window.addEventListener('resize', onResize);
    destroyRef.onDestroy(() => {
      window.removeEventListener('resize', onResize);
      this.chart?.dispose();
    });
    effect(() => {
      const slice = this.slice();
      const rows = this.rows();
      const element = this.chartElement().nativeElement;
      void this.render(element, slice, rows);
    });
  }

  private async render(element: HTMLDivElement, slice: HeatMapSlice, rows: ReturnType<typeof sliceInFte>): Promise<void> {
    const echarts = await loadEcharts();
    this.chart ??= echarts.getInstanceByDom(element) ?? echarts.init(element, undefined, { renderer: 'canvas' });
    const data: [number, number, number][] = [];
    let max = 0;
    rows.forEach((row, y) =>
      row.values.forEach((value, x) => {
        const rounded = Math.round(value * 10) / 10;
        max = Math.max(max, rounded);
        data.push([x, y, rounded]);
      }),
    );
    const fte = this.translate.instant('dashboard.heatMap.fte') as string;
    this.chart.setOption(
      {
        animation: false,
        aria: { enabled: false },
        tooltip: {
          formatter: (params: { value: [number, number, number] }) =>
            `${rows[params.value[1]]?.name ?? ''}<br>${slice.periods[params.value[0]] ?? ''}: ${params.value[2].toLocaleString('nl-NL')} ${fte}`,
        },
        grid: { left: 250, right: 24, top: 8, bottom: 64 },
        xAxis: { type: 'category', data: slice.periods, splitArea: { show: false } },
        yAxis: { type: 'category', data: rows.map((row) => row.name), inverse: true },
        visualMap: {
          min: 0,
          max: Math.max(1, max),
          calculable: false,
          orient: 'horizontal',
          left: 250,
          bottom: 0,
          itemHeight: 200,
          text: [`${Math.max(1, max).toLocaleString('nl-NL')} ${fte}`, `0 ${fte}`],
          inRange: { color: PALETTE },
        },
        series: [{ type: 'heatmap', data, progressive: 0, emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } } }],
      },
      true,
    );
  }
}
