/**
 * ECharts is loaded on first use only, so it never weighs on the initial bundle (budget: warn 600 kB raw); the
 * modular build registers just the charts and components the dashboard draws.
 */
export type EchartsCore = typeof import('echarts/core');

let loading: Promise<EchartsCore> | null = null;

export function loadEcharts(): Promise<EchartsCore> {
  loading ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.HeatmapChart,
      charts.LineChart,
      components.GridComponent,
      components.VisualMapComponent,
      components.TooltipComponent,
      components.LegendComponent,
      components.AriaComponent,
      renderers.CanvasRenderer,
    ]);
    return core;
  });
  return loading;
}
