import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ForecastRun, HeatMapSlice, Milestone, StaffMember, Wijk } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { canEditPlan } from '../auth/permissions';
import { programmeFte } from '../staff/weekly-allocation';
import { EmptyStateComponent } from '../ui/empty-state.component';
import { todayIso, toDayNumber } from '../ui/iso-date';
import { DemandCapacityChartComponent } from './demand-capacity-chart.component';
import { ShortfallHeatMapComponent } from './shortfall-heat-map.component';
import { averageShortfallFte, monthsBetween, monthsFrom, quarterMonths } from './shortfall-fte';

/** Months the heat map and the demand chart show by default, from this month. */
const MONTHS_SHOWN = 36;
/** The query parameter (`?periode=alles`) that widens the window to the forecast's whole horizon, shareable as a link. */
export const FULL_RANGE = 'alles';
export type DashboardRange = 'drie-jaar' | typeof FULL_RANGE;
/** Below this chance of being on time a milestone counts as at risk. */
const AT_RISK_BELOW = 0.8;

interface KeyFigures {
  fte: number;
  staff: number;
  wijken: number;
  startwijken: number;
  nextDecision: { milestone: Milestone; wijk: string } | null;
}

interface ForecastView {
  run: ForecastRun;
  range: DashboardRange;
  shortfall: HeatMapSlice;
  demandP50: HeatMapSlice;
  demandP80: HeatMapSlice;
}

/** Landing page: key figures of the programme and, once a forecast has run, where capacity falls short. */
@Component({
  selector: 'wk-dashboard-page',
  imports: [
    DatePipe,
    DecimalPipe,
    DemandCapacityChartComponent,
    EmptyStateComponent,
    FormsModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    ShortfallHeatMapComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.component.html',
  styleUrl: './dashboard-page.component.scss',
})
export class DashboardPageComponent {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly fullRange = FULL_RANGE;
  protected readonly user = inject(AuthService).user;
  protected readonly roleKey = computed(() => `roles.${this.user()?.role ?? 'viewer'}`);
  protected readonly canPlan = computed(() => canEditPlan(this.user()?.role));
  protected readonly today = todayIso();

  protected readonly figures = signal<KeyFigures | null>(null);
  protected readonly forecast = signal<ForecastView | null>(null);
  protected readonly loadingForecast = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly disciplineId = signal('');
  protected readonly range = signal<DashboardRange>(
    this.route.snapshot.queryParamMap.get('periode') === FULL_RANGE ? FULL_RANGE : 'drie-jaar',
  );
  /** Set while the heat map of another range is being fetched (the old one stays visible meanwhile). */
  protected readonly switchingRange = signal(false);
  protected readonly horizonYear = computed(() => this.latestRun()?.horizon.slice(0, 4) ?? '2050');
  private readonly latestRun = signal<ForecastRun | null>(null);
  private readonly heatMapDrawn = signal(false);

  protected readonly shortThisQuarter = computed(() => {
    const view = this.forecast();
    return view ? averageShortfallFte(view.shortfall, quarterMonths(this.today)) : null;
  });
  protected readonly atRisk = computed(() => {
    const milestones = this.forecast()?.run.result?.milestones ?? [];
    return milestones.filter((m) => m.deadline && m.probabilityOnTime < AT_RISK_BELOW).length;
  });
  protected readonly milestonesForecast = computed(() => this.forecast()?.run.result?.milestones.length ?? 0);
  protected readonly disciplines = computed(() =>
    (this.forecast()?.demandP50.rows ?? []).map((row) => ({ id: row.disciplineId, name: row.disciplineName })),
  );

  constructor() {
    void this.loadFigures();
    void this.loadForecast();
    // User Timing mark for the web benchmark (tests/e2e/bench): key figures shown and, when there is a forecast, its
    // heat map drawn — the moment the dashboard is complete and answers input.
    let marked = false;
    effect(() => {
      const done = this.figures() !== null && !this.loadingForecast() && (this.forecast() === null || this.heatMapDrawn());
      if (done && !marked) {
        marked = true;
        performance.mark('wk:dashboard-ready');
      }
    });
  }

  protected onHeatMapDrawn(): void {
    this.heatMapDrawn.set(true);
  }

  /** Switches between the next three years and the forecast's whole horizon; the choice is kept in the address. */
  protected async setRange(range: DashboardRange): Promise<void> {
    if (range === this.range()) return;
    this.range.set(range);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { periode: range === FULL_RANGE ? FULL_RANGE : null },
      replaceUrl: true,
    });
    const run = this.latestRun();
    if (!run) return;
    this.switchingRange.set(true);
    try {
      await this.loadSlices(run, range);
    } catch {
      this.error.set('errors.loadFailed');
    } finally {
      this.switchingRange.set(false);
    }
  }

  private async loadFigures(): Promise<void> {
    try {
      const [staff, wijken, startwijken, decisions] = await Promise.all([
        this.api.listAll<StaffMember>('staff-members'),
        firstValueFrom(this.api.list<Wijk>('wijken', { pageSize: 1 })),
        firstValueFrom(this.api.list<Wijk>('wijken', { pageSize: 1, startwijk: true })),
        this.api.listAll<Milestone>('milestones', { kind: 'council_decision', sort: 'deadline' }),
      ]);
      const today = toDayNumber(this.today);
      const active = staff.filter(
        (m) => toDayNumber(m.startDate) <= today && (!m.endDate || toDayNumber(m.endDate) >= today),
      );
      const next = decisions
        .filter((m) => m.deadline && toDayNumber(m.deadline) >= today)
        .sort((a, b) => toDayNumber(a.deadline as string) - toDayNumber(b.deadline as string))[0];
      const wijk = next ? await firstValueFrom(this.api.get<Wijk>(`wijken/${next.wijkId}`)) : null;
      this.figures.set({
        fte: active.reduce((sum, m) => sum + programmeFte(m), 0),
        staff: active.length,
        wijken: wijken.total,
        startwijken: startwijken.total,
        nextDecision: next && wijk ? { milestone: next, wijk: wijk.name } : null,
      });
    } catch {
      this.error.set('errors.loadFailed');
    }
  }

  private async loadForecast(): Promise<void> {
    try {
      const runs = await firstValueFrom(
        this.api.list<ForecastRun>('forecasts', { status: 'completed', pageSize: 1 }),
      );
      const latest = runs.items[0];
      if (!latest) return;
      this.latestRun.set(latest);
      await this.loadSlices(latest, this.range());
      // Open on the discipline that falls shortest over the window.
      const view = this.forecast();
      const worst = [...(view?.shortfall.rows ?? [])].sort(
        (a, b) => b.values.reduce((s, v) => s + v, 0) - a.values.reduce((s, v) => s + v, 0),
      )[0];
      this.disciplineId.set(worst?.disciplineId ?? view?.demandP50.rows[0]?.disciplineId ?? '');
    } catch {
      this.error.set('errors.loadFailed');
    } finally {
      this.loadingForecast.set(false);
    }
  }

  /** The run with its shortfall (P50) and demand (P50, P80) per discipline and month over the chosen range. */
  private async loadSlices(latest: ForecastRun, range: DashboardRange): Promise<void> {
    const months =
      range === FULL_RANGE ? monthsBetween(this.today, latest.horizon) : monthsFrom(this.today, MONTHS_SHOWN);
    if (months.length === 0) return;
    const window = { granularity: 'month', from: months[0], to: months[months.length - 1] };
    const [run, shortfall, demandP50, demandP80] = await Promise.all([
      firstValueFrom(this.api.get<ForecastRun>(`forecasts/${latest.id}`)),
      firstValueFrom(this.api.get<HeatMapSlice>(`forecasts/${latest.id}/heat-map`, { ...window, measure: 'shortfall', percentile: 'p50' })),
      firstValueFrom(this.api.get<HeatMapSlice>(`forecasts/${latest.id}/heat-map`, { ...window, measure: 'demand', percentile: 'p50' })),
      firstValueFrom(this.api.get<HeatMapSlice>(`forecasts/${latest.id}/heat-map`, { ...window, measure: 'demand', percentile: 'p80' })),
    ]);
    // A later choice of range wins over an answer that arrives late.
    if (range !== this.range()) return;
    this.forecast.set({ run, range, shortfall, demandP50, demandP80 });
  }
}
