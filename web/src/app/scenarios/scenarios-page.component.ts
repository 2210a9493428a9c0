import { DatePipe, DecimalPipe, LowerCasePipe, PercentPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  EMPLOYMENT_TYPES,
  isProblem,
  type CreateScenarioRequest,
  type Discipline,
  type EmploymentType,
  type ForecastRun,
  type HeatMapSlice,
  type Milestone,
  type MilestoneForecastDto,
  type Scenario,
  type ScenarioOverrides,
  type ScenarioPlanView,
  type StaffMember,
  type Wijk,
} from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { canEditPlan } from '../auth/permissions';
import { hoursToFte } from '../dashboard/shortfall-fte';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../ui/confirm-dialog.component';
import { EmptyStateComponent } from '../ui/empty-state.component';
import { fieldErrorState } from '../ui/field-error-state';
import { fieldReason, type FieldReason } from '../ui/field-reason';
import { focusFirstError } from '../ui/focus-first-error';
import { todayIso } from '../ui/iso-date';
import { fteByDiscipline } from './plan-fte';

/** The plan of record itself, as the first choice in the comparison. */
export const PLAN_OF_RECORD = 'plan';

type Field = 'name' | 'shiftWeeks' | 'share' | 'addCount' | 'addHours' | 'addShare' | 'addStart' | 'addDiscipline' | 'addRate' | 'form';

interface Side {
  id: string;
  name: string;
  view: ScenarioPlanView;
  fte: Map<string, number>;
  /** Average yearly shortfall in fte per discipline over the next five years, from the latest completed forecast. */
  shortfall: Map<string, number> | null;
  forecastDate: string | null;
  /** The latest completed forecast's milestone dates, by milestone id (empty without a forecast). */
  milestones: Map<string, MilestoneForecastDto>;
  forecastId: string | null;
}

/** What-ifs on the plan: build one in a form, then compare any two (or one with the plan) side by side. */
@Component({
  selector: 'wk-scenarios-page',
  imports: [
    DatePipe,
    DecimalPipe,
    LowerCasePipe,
    PercentPipe,
    EmptyStateComponent,
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenarios-page.component.html',
  styleUrl: './scenarios-page.component.scss',
})
export class ScenariosPageComponent {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly plan = PLAN_OF_RECORD;
  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly canEdit = computed(() => canEditPlan(this.auth.user()?.role));

  protected readonly scenarios = signal<Scenario[] | null>(null);
  protected readonly wijken = signal<Wijk[]>([]);
  protected readonly staff = signal<StaffMember[]>([]);
  protected readonly disciplines = signal<Discipline[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal<string | null>(null);
  protected readonly errors = signal<Partial<Record<Field, FieldReason>>>({});
  protected readonly errorState = Object.fromEntries(
    (['name', 'shiftWeeks', 'share', 'addCount', 'addHours', 'addShare', 'addStart', 'addDiscipline', 'addRate'] as const).map(
      (field) => [field, fieldErrorState(this.errors, field)],
    ),
  );

  // The form: plain fields, turned into overrides on save.
  protected name = '';
  protected description = '';
  protected shiftWijkIds: string[] = [];
  protected shiftWeeks: number | null = 26;
  protected shareStaffIds: string[] = [];
  protected share: number | null = 90;
  protected addCount: number | null = 0;
  protected addDisciplineId = '';
  protected addHours: number | null = 36;
  protected addShare: number | null = 80;
  protected addType: EmploymentType = 'external';
  /** Inhuur needs an hourly rate (the plan refuses external staff without one); a usual market rate to start from. */
  protected addRate: number | null = 110;
  protected addStart = '';

  protected readonly left = signal<string>(PLAN_OF_RECORD);
  protected readonly right = signal<string>('');
  protected readonly sides = signal<Side[] | null>(null);
  protected readonly comparing = signal(false);
  protected readonly promoting = signal(false);
  protected readonly promoteError = signal<(FieldReason & { reason?: FieldReason }) | null>(null);
  /** Milestones of the plan of record, to name the wijk of each forecast milestone. */
  private readonly planMilestones = signal<Milestone[]>([]);

  /** Milestone dates side by side: deadline, P50 date and chance on time per side, in deadline order. */
  protected readonly milestoneRows = computed(() => {
    const sides = this.sides() ?? [];
    const ids = new Set(sides.flatMap((side) => [...side.milestones.keys()]));
    const wijkNames = new Map(this.wijken().map((w) => [w.id, w.name]));
    const wijkOf = new Map(this.planMilestones().map((m) => [m.id, wijkNames.get(m.wijkId) ?? '']));
    return [...ids]
      .map((id) => {
        const forecasts = sides.map((side) => side.milestones.get(id) ?? null);
        const any = forecasts.find((f) => f !== null) as MilestoneForecastDto;
        return { id, name: any.name, wijk: wijkOf.get(id) ?? '—', deadline: any.deadline, forecasts };
      })
      .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.wijk.localeCompare(b.wijk, 'nl'));
  });

  protected readonly disciplineRows = computed(() => {
    const sides = this.sides() ?? [];
    return this.disciplines()
      .map((discipline) => ({
        discipline,
        values: sides.map((side) => ({
          fte: side.fte.get(discipline.id) ?? 0,
          shortfall: side.shortfall ? (side.shortfall.get(discipline.id) ?? 0) : null,
        })),
      }))
      .sort((a, b) => a.discipline.name.localeCompare(b.discipline.name, 'nl'));
  });

  constructor() {
    void this.load();
  }

  protected scenarioName(id: string): string {
    return this.scenarios()?.find((s) => s.id === id)?.name ?? '';
  }

  protected scenarioOf(id: string): Scenario | null {
    return this.scenarios()?.find((s) => s.id === id) ?? null;
  }

  /**
   * Makes the scenario the plan of record (POST /scenarios/{id}/promote), after a confirmation: its shifts, shares,
   * extra staff and wijken are written into the plan, which cannot be undone from here.
   */
  protected async promote(side: Side): Promise<void> {
    const scenario = this.scenarioOf(side.id);
    if (!scenario || scenario.promotedAt) return;
    const t = (key: string, params?: Record<string, unknown>) => this.translate.instant(key, params) as string;
    const data: ConfirmDialogData = {
      title: t('scenarios.promote.title', { name: scenario.name }),
      text: t('scenarios.promote.text'),
      confirm: t('scenarios.promote.confirm'),
      cancel: t('common.cancel'),
    };
    const confirmed = await firstValueFrom(
      this.dialog.open(ConfirmDialogComponent, { data, autoFocus: 'dialog', maxWidth: '560px' }).afterClosed(),
    );
    if (confirmed !== true) return;
    this.promoting.set(true);
    this.promoteError.set(null);
    try {
      const promoted = await firstValueFrom(
        this.api.post<Scenario>(`scenarios/${scenario.id}/promote`, {
          version: scenario.version,
          ...(side.forecastId ? { forecastId: side.forecastId } : {}),
        }),
      );
      this.scenarios.update((list) => (list ?? []).map((s) => (s.id === promoted.id ? promoted : s)));
      this.saved.set(null);
      this.promotedName.set(promoted.name);
      // The plan of record has changed: read it again and compare anew.
      await this.load();
    } catch (error) {
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      const problem = error instanceof HttpErrorResponse && isProblem(error.error) ? error.error : null;
      const param = problem?.invalidParams?.[0];
      this.promoteError.set(
        status === 400 && param
          ? { key: 'scenarios.promote.invalid', params: { field: param.name }, reason: fieldReason(param.reason) }
          : {
              key:
                status === 409
                  ? 'scenarios.promote.conflict'
                  : status === 403
                    ? 'errors.forbidden'
                    : status === 0 || status >= 502
                      ? 'errors.unreachable'
                      : 'errors.unexpected',
            },
      );
    } finally {
      this.promoting.set(false);
    }
  }

  protected readonly promotedName = signal<string | null>(null);

  protected summary(scenario: Scenario): Record<string, number> {
    const o = scenario.overrides ?? {};
    return {
      shifts: o.shiftStarts?.length ?? 0,
      added: o.addStaff?.length ?? 0,
      shares: o.programmeShare?.length ?? 0,
      wijken: o.addWijken?.length ?? 0,
    };
  }

  protected async create(): Promise<void> {
    const errors: Partial<Record<Field, FieldReason>> = {};
    if (!this.name.trim()) errors.name = { key: 'fieldErrors.required' };
    const overrides: ScenarioOverrides = {};
    if (this.shiftWijkIds.length > 0) {
      const weeks = Number(this.shiftWeeks);
      if (!Number.isInteger(weeks) || weeks < -520 || weeks > 520 || weeks === 0)
        errors.shiftWeeks = { key: 'scenarios.errors.shiftWeeks' };
      else overrides.shiftStarts = this.shiftWijkIds.map((wijkId) => ({ wijkId, weeks }));
    }
    if (this.shareStaffIds.length > 0) {
      const share = Number(this.share);
      if (!(share >= 0 && share <= 100)) errors.share = { key: 'scenarios.errors.percent' };
      else overrides.programmeShare = this.shareStaffIds.map((staffMemberId) => ({ staffMemberId, share: Math.round(share * 10) / 1000 }));
    }
    const count = Number(this.addCount ?? 0);
    if (count > 0) {
      if (!Number.isInteger(count) || count > 50) errors.addCount = { key: 'fieldErrors.between', params: { value: '0', other: '50' } };
      if (!this.addDisciplineId) errors.addDiscipline = { key: 'fieldErrors.choose' };
      const hours = Number(this.addHours);
      if (!(hours >= 0.5 && hours <= 60)) errors.addHours = { key: 'scenarios.errors.hours' };
      const share = Number(this.addShare);
      if (!(share >= 0 && share <= 100)) errors.addShare = { key: 'scenarios.errors.percent' };
      if (!/^\d{4}-\d{2}-\d{2}$/.test(this.addStart)) errors.addStart = { key: 'fieldErrors.date' };
      const rate = Number(this.addRate);
      if (this.addType === 'external' && !(this.addRate !== null && rate >= 1 && rate <= 1000))
        errors.addRate = { key: 'scenarios.errors.rate' };
      const discipline = this.disciplines().find((d) => d.id === this.addDisciplineId)?.name ?? '';
      overrides.addStaff = Array.from({ length: Math.min(count, 50) }, (_, i) => ({
        name: `${discipline} (extra ${i + 1})`.slice(0, 200),
        primaryDisciplineId: this.addDisciplineId,
        contractHours: hours,
        programmeShare: Math.round(share * 10) / 1000,
        employmentType: this.addType,
        ...(this.addType === 'external' ? { hourlyRate: Number(this.addRate) } : {}),
        startDate: this.addStart,
      }));
    }
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError();
      return;
    }
    const request: CreateScenarioRequest = { name: this.name.trim(), description: this.description.trim() || null, overrides };
    this.saving.set(true);
    try {
      const created = await firstValueFrom(this.api.post<Scenario>('scenarios', request));
      this.scenarios.update((list) => [created, ...(list ?? [])]);
      this.saved.set(created.name);
      this.name = '';
      this.description = '';
      this.right.set(created.id);
      void this.compare();
    } catch (error) {
      this.errors.set(this.toErrors(error));
      focusFirstError();
    } finally {
      this.saving.set(false);
    }
  }

  protected async compare(): Promise<void> {
    const ids = [this.left(), this.right()].filter((id) => id !== '');
    if (ids.length === 0) return;
    this.comparing.set(true);
    try {
      const [runs, sides] = await Promise.all([
        this.api.listAll<ForecastRun>('forecasts', { status: 'completed' }),
        Promise.all(ids.map((id) => this.planView(id))),
      ]);
      const today = todayIso();
      const withForecasts = await Promise.all(
        sides.map(async (side) => {
          const run = runs.find((r) => (r.scenarioId ?? PLAN_OF_RECORD) === side.id);
          const [shortfall, full] = run
            ? await Promise.all([this.yearlyShortfall(run.id), firstValueFrom(this.api.get<ForecastRun>(`forecasts/${run.id}`))])
            : [null, null];
          const milestones = new Map((full?.result?.milestones ?? []).map((m) => [m.milestoneId, m]));
          return {
            ...side,
            fte: fteByDiscipline(side.view, today),
            shortfall,
            forecastDate: run?.finishedAt ?? null,
            forecastId: run?.id ?? null,
            milestones,
          };
        }),
      );
      this.sides.set(withForecasts);
    } catch {
      this.error.set('errors.loadFailed');
    } finally {
      this.comparing.set(false);
    }
  }

  protected async forecastFor(side: Side): Promise<void> {
    await firstValueFrom(
      this.api.post('forecasts', { simulations: 200, seed: 1, ...(side.id === PLAN_OF_RECORD ? {} : { scenarioId: side.id }) }),
    );
    this.saved.set(null);
  }

  private async planView(id: string): Promise<Omit<Side, 'fte' | 'shortfall' | 'forecastDate' | 'milestones' | 'forecastId'>> {
    if (id === PLAN_OF_RECORD) {
      const view: ScenarioPlanView = {
        wijken: this.wijken().map((w) => ({ ...w, changedBy: 'plan' as const })),
        staff: this.staff().map((s) => ({ ...s, changedBy: 'plan' as const })),
      };
      return { id, name: '', view };
    }
    const view = await firstValueFrom(this.api.get<ScenarioPlanView>(`scenarios/${id}/plan`));
    return { id, name: this.scenarioName(id), view };
  }

  /** Shortfall per discipline as average fte over the next five calendar years (P50). */
  private async yearlyShortfall(runId: string): Promise<Map<string, number>> {
    const year = Number(todayIso().slice(0, 4));
    const slice = await firstValueFrom(
      this.api.get<HeatMapSlice>(`forecasts/${runId}/heat-map`, {
        granularity: 'year',
        measure: 'shortfall',
        percentile: 'p50',
        from: String(year),
        to: String(year + 4),
      }),
    );
    return new Map(
      slice.rows.map((row) => [
        row.disciplineId,
        row.values.reduce((sum, hours, i) => sum + hoursToFte(hours, slice.periods[i] as string), 0) / Math.max(1, row.values.length),
      ]),
    );
  }

  private toErrors(error: unknown): Partial<Record<Field, FieldReason>> {
    if (!(error instanceof HttpErrorResponse)) return { form: { key: 'errors.unexpected' } };
    const errors: Partial<Record<Field, FieldReason>> = {};
    const fields: [RegExp, Field][] = [
      [/^name$/, 'name'],
      [/^overrides\.shiftStarts\.\d+\.weeks$/, 'shiftWeeks'],
      [/^overrides\.programmeShare\.\d+\.share$/, 'share'],
      [/^overrides\.addStaff\.\d+\.contractHours$/, 'addHours'],
      [/^overrides\.addStaff\.\d+\.programmeShare$/, 'addShare'],
      [/^overrides\.addStaff\.\d+\.startDate$/, 'addStart'],
      [/^overrides\.addStaff\.\d+\.hourlyRate$/, 'addRate'],
      [/^overrides\.addStaff\.\d+\.primaryDisciplineId$/, 'addDiscipline'],
    ];
    if (isProblem(error.error)) {
      for (const param of error.error.invalidParams ?? []) {
        const field = fields.find(([pattern]) => pattern.test(param.name))?.[1];
        if (field) errors[field] = fieldReason(param.reason);
      }
    }
    if (Object.keys(errors).length > 0) return errors;
    if (error.status === 403) return { form: { key: 'errors.forbidden' } };
    if (error.status === 0 || error.status >= 502) return { form: { key: 'errors.unreachable' } };
    return { form: { key: 'errors.unexpected' } };
  }

  private async load(): Promise<void> {
    try {
      const [scenarios, wijken, staff, disciplines, milestones] = await Promise.all([
        this.api.listAll<Scenario>('scenarios'),
        this.api.listAll<Wijk>('wijken', { sort: 'plannedStart' }),
        this.api.listAll<StaffMember>('staff-members'),
        this.api.listAll<Discipline>('disciplines'),
        this.api.listAll<Milestone>('milestones'),
      ]);
      this.planMilestones.set(milestones);
      this.scenarios.set(scenarios);
      this.wijken.set(wijken);
      this.staff.set(staff.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
      this.disciplines.set(disciplines.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
      if (!this.right() || !scenarios.some((s) => s.id === this.right())) this.right.set(scenarios[0]?.id ?? '');
      void this.compare();
    } catch {
      this.error.set('errors.loadFailed');
    }
  }
}
