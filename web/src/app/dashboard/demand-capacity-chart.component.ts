import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, viewChild } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { HeatMapSlice } from '@wijkkracht/contracts';
import { LanguageService } from '../i18n/language.service';
import { loadEcharts } from '../ui/echarts-loader';
import { formatPeriod } from './heat-map-layout';
import { hoursToFte } from './shortfall-fte';

/**
 * One discipline's demand (P50 and P80 of the forecast) against its planned capacity, in fte per month. Lines differ
 * by dash as well as colour (Okabe–Ito), so they stay apart for colour-blind readers.
 */
@Component({
  selector: 'wk-demand-capacity-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div #chart class="chart" role="img" [attr.aria-label]="summary()"></div>`,
  styles: `
    .chart {
      width: 100%;
      height: 320px;
    }
  `,
})
export class DemandCapacityChartComponent {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly locale = () => (this.language.current() === 'en' ? 'en-GB' : 'nl-NL');
  readonly p50 = input.required<HeatMapSlice>();
  readonly p80 = input.required<HeatMapSlice>();
  readonly disciplineId = input.required<string>();
  readonly summary = input('');
  private readonly chartElement = viewChild.required<ElementRef<HTMLDivElement>>('chart');
  private chart: { setOption(option: unknown, notMerge?: boolean): void; dispose(): void; resize(): void } | null = null;

  private readonly series = computed(() => {
    const id = this.disciplineId();
    const periods = this.p50().periods;
    const row50 = this.p50().rows.find((row) => row.disciplineId === id);
    const row80 = this.p80().rows.find((row) => row.disciplineId === id);
    const fte = (values: number[] | undefined) =>
      periods.map((period, i) => Math.round(hoursToFte(values?.[i] ?? 0, period) * 10) / 10);
    return { periods, p50: fte(row50?.values), p80: fte(row80?.values), capacity: fte(row50?.capacity) };
  });

  constructor() {
    const onResize = () => this.chart?.resize();
    window.addEventListener('resize', onResize);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('resize', onResize);
      this.chart?.dispose();
    });
    effect(() => {
      const series = this.series();
      // Drawn again on a language switch: legend and month labels follow it.
      this.language.current();
      void this.render(this.chartElement().nativeElement, series);
    });
  }

  private async render(
    element: HTMLDivElement,
    series: { periods: string[]; p50: number[]; p80: number[]; capacity: number[] },
  ): Promise<void> {
    const echarts = await loadEcharts();
    // Let the frame that shows the heat map (drawn in the same turn) go first: this chart comes second on the page.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    if (series !== this.series()) return;
    this.chart ??= echarts.getInstanceByDom(element) ?? echarts.init(element, undefined, { renderer: 'canvas' });
    const t = (key: string) => this.translate.instant(key) as string;
    this.chart.setOption(
      {
        animation: false,
        tooltip: {
          trigger: 'axis',
          // The band's two helper series are left out: capacity, P50 and P80 with their values.
          formatter: (params: { seriesName: string; marker: string; value: number; axisValueLabel: string }[]) =>
            [
              params[0]?.axisValueLabel ?? '',
              ...params
                .filter((p) => p.seriesName !== 'p50-base' && p.seriesName !== t('dashboard.demand.band'))
                .map((p) => `${p.marker}${p.seriesName}: ${p.value.toLocaleString(this.locale())} ${t('dashboard.heatMap.fte')}`),
            ].join('<br>'),
        },
        legend: { top: 0, data: [t('dashboard.demand.capacity'), t('dashboard.demand.p50'), t('dashboard.demand.p80'), t('dashboard.demand.band')] },
        grid: { left: 48, right: 16, top: 36, bottom: 32 },
        // Month labels as people read them ("mrt 2027"), like the heat map's.
        xAxis: { type: 'category', data: series.periods.map((period) => formatPeriod(period, this.locale())) },
        yAxis: { type: 'value', name: t('dashboard.heatMap.fte') },
        series: [
          { name: t('dashboard.demand.capacity'), type: 'line', step: 'middle', data: series.capacity, symbol: 'none', lineStyle: { color: '#000000', width: 2 }, itemStyle: { color: '#000000' } },
          // The band between P50 and P80: a transparent base at P50 with the difference stacked on it.
          { name: 'p50-base', type: 'line', data: series.p50, stack: 'band', symbol: 'none', silent: true, lineStyle: { opacity: 0 }, tooltip: { show: false } },
          {
            name: t('dashboard.demand.band'),
            type: 'line',
            data: series.p80.map((value, i) => Math.max(0, Math.round((value - (series.p50[i] ?? 0)) * 10) / 10)),
            stack: 'band',
            symbol: 'none',
            silent: true,
            lineStyle: { opacity: 0 },
            areaStyle: { color: 'rgba(0, 114, 178, 0.18)' },
            itemStyle: { color: 'rgba(0, 114, 178, 0.35)' },
            tooltip: { show: false },
          },
          { name: t('dashboard.demand.p50'), type: 'line', data: series.p50, symbol: 'none', lineStyle: { color: '#0072b2', width: 2 }, itemStyle: { color: '#0072b2' } },
          { name: t('dashboard.demand.p80'), type: 'line', data: series.p80, symbol: 'none', lineStyle: { color: '#d55e00', width: 2, type: 'dashed' }, itemStyle: { color: '#d55e00' } },
        ],
      },
      true,
    );
  }
}
