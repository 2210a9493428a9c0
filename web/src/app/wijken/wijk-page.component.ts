import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  isProblem,
  type Assignment,
  type Discipline,
  type ForecastRun,
  type Milestone,
  type StaffMember,
  type Task,
  type TaskDependency,
  type Wijk,
} from '@wijkkracht/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { canEditPlan } from '../auth/permissions';
import { fieldErrorState } from '../ui/field-error-state';
import { fieldReason, type FieldReason } from '../ui/field-reason';
import { focusFirstError } from '../ui/focus-first-error';
import { addWeeks, isIsoDate, mondayOf, todayIso, toDayNumber } from '../ui/iso-date';
import { dependencyConflict, earliestSchedule } from './earliest-schedule';
import { GanttChartComponent, type TaskMove } from './gantt-chart.component';

interface Loaded {
  wijk: Wijk;
  /** Who works on this wijk: the assignments on its tasks, with the person. */
  staffing: { assignment: Assignment; person: string; task: string }[];
  tasks: Task[];
  dependencies: TaskDependency[];
  milestones: Milestone[];
  disciplines: Discipline[];
}

type FormErrors = Partial<Record<'task' | 'start' | 'duration' | 'form', FieldReason>>;

/** One wijk: its facts, its WUP timeline (Gantt) and, for planners, moving a task by drag or by the form. */
@Component({
  selector: 'wk-wijk-page',
  imports: [
    DatePipe,
    DecimalPipe,
    FormsModule,
    GanttChartComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PercentPipe,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page wide">
      <p><a routerLink="/wijken">← {{ 'wijk.back' | translate }}</a></p>
      @if (loading() && !data()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      @if (loadError()) {
        <p class="wk-error" role="alert">{{ loadError()! | translate }}</p>
      }
      @if (data(); as data) {
        <h1>{{ data.wijk.name }} <span class="code">{{ data.wijk.cbsCode }}</span></h1>
        <dl class="facts">
          <div><dt>{{ 'wijken.wave' | translate }}</dt><dd>{{ (data.wijk.isStartwijk ? 'wijken.startwijk' : 'wijken.waveN') | translate: { wave: data.wijk.wave } }}</dd></div>
          <div><dt>{{ 'wijken.homes' | translate }}</dt><dd>{{ data.wijk.homes | number }}</dd></div>
          <div><dt>{{ 'wijken.strategy' | translate }}</dt><dd>{{ 'wijken.strategies.' + data.wijk.strategy | translate }}</dd></div>
          <div><dt>{{ 'wijken.status' | translate }}</dt><dd>{{ 'wijken.statuses.' + data.wijk.status | translate }}</dd></div>
          <div><dt>{{ 'wijken.plannedStart' | translate }}</dt><dd>{{ data.wijk.plannedStart | date: 'd MMMM y' }}</dd></div>
          <div><dt>{{ 'wijken.targetDate' | translate }}</dt><dd>{{ data.wijk.targetDate | date: 'd MMMM y' }}</dd></div>
        </dl>

        <h2>{{ 'wijk.timeline' | translate }}</h2>
        <p class="hint">{{ (canEdit() ? 'wijk.timelineHintEdit' : 'wijk.timelineHint') | translate }}</p>
        @if (data.tasks.length === 0) {
          <p>{{ 'wijk.noTasks' | translate }}</p>
        } @else {
          <wk-gantt-chart
            [tasks]="data.tasks"
            [dependencies]="data.dependencies"
            [milestones]="data.milestones"
            [schedule]="schedule()!"
            [phaseLabels]="phaseLabels()"
            [milestonesLabel]="'wijk.milestones' | translate"
            [today]="today"
            [editable]="canEdit()"
            [selectedTaskId]="selectedTaskId()"
            (selectTask)="select($event)"
            (moveTask)="onMove($event)"
          />
        }
        <p class="wk-status" role="status" aria-live="polite">{{ statusMessage() | translate: statusParams() }}</p>

        @if (canEdit() && data.tasks.length > 0) {
          <section class="move-form" aria-labelledby="move-form-title">
            <h2 id="move-form-title">{{ 'wijk.moveTitle' | translate }}</h2>
            <p class="hint">{{ 'wijk.moveHint' | translate }}</p>
            @if (errors().form; as error) {
              <p class="wk-error" role="alert">{{ error.key | translate: error.params }}</p>
            }
            <form (ngSubmit)="save()" #form="ngForm" novalidate>
              <mat-form-field class="task-field">
                <mat-label>{{ 'wijk.task' | translate }}</mat-label>
                <mat-select name="task" [errorStateMatcher]="errorState.task" [ngModel]="selectedTaskId()" (ngModelChange)="select($event)" required>
                  @for (task of editableTasks(); track task.id) {
                    <mat-option [value]="task.id">{{ task.name }}</mat-option>
                  }
                </mat-select>
                @if (errors().task; as error) {
                  <mat-error>{{ error.key | translate: error.params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'wijk.start' | translate }}</mat-label>
                <input matInput type="date" name="start" [errorStateMatcher]="errorState.start" [(ngModel)]="formStart" required />
                @if (errors().start; as error) {
                  <mat-error>{{ error.key | translate: error.params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'wijk.duration' | translate }}</mat-label>
                <input matInput type="number" name="duration" [errorStateMatcher]="errorState.duration" min="1" max="1300" step="1" [(ngModel)]="formDuration" required />
                <span matTextSuffix>&nbsp;{{ 'wijk.weeks' | translate }}</span>
                @if (errors().duration; as error) {
                  <mat-error>{{ error.key | translate: error.params }}</mat-error>
                }
              </mat-form-field>
              <div class="actions">
                <button mat-flat-button type="submit" [disabled]="saving()">{{ 'wijk.save' | translate }}</button>
                @if (selectedTask()?.pinnedStart) {
                  <button mat-stroked-button type="button" (click)="unpin()" [disabled]="saving()">{{ 'wijk.unpin' | translate }}</button>
                }
              </div>
            </form>
          </section>
        }

        <h2>{{ 'wijk.staffing' | translate }}</h2>
        <table class="wk-table">
          <thead>
            <tr>
              <th scope="col">{{ 'board.person' | translate }}</th>
              <th scope="col">{{ 'wijk.task' | translate }}</th>
              <th scope="col" class="num">{{ 'staff.hoursPerWeek' | translate }}</th>
              <th scope="col">{{ 'staff.from' | translate }}</th>
              <th scope="col">{{ 'staff.to' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of data.staffing; track row.assignment.id) {
              <tr>
                <th scope="row"><a [routerLink]="['/medewerkers', row.assignment.staffMemberId]">{{ row.person }}</a></th>
                <td>{{ row.task }}</td>
                <td class="num">{{ row.assignment.hoursPerWeek | number: '1.0-1' }}</td>
                <td>{{ row.assignment.startDate | date: 'd MMM y' }}</td>
                <td>{{ row.assignment.endDate | date: 'd MMM y' }}</td>
              </tr>
            } @empty {
              <tr><td colspan="5">{{ 'wijk.noStaffing' | translate }}</td></tr>
            }
          </tbody>
        </table>

        <h2>{{ 'wijk.milestones' | translate }}</h2>
        <table class="wk-table">
          <thead>
            <tr>
              <th scope="col">{{ 'wijk.milestone' | translate }}</th>
              <th scope="col">{{ 'wijk.expected' | translate }}</th>
              <th scope="col">{{ 'wijk.deadline' | translate }}</th>
              <th scope="col">{{ 'wijk.onTime' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of milestoneRows(); track row.milestone.id) {
              <tr>
                <th scope="row">{{ row.milestone.name }}</th>
                <td>{{ row.expected ? (row.expected | date: 'd MMMM y') : '—' }}</td>
                <td>{{ row.milestone.deadline ? (row.milestone.deadline | date: 'd MMMM y') : '—' }}</td>
                <td>{{ (row.late ? 'wijk.late' : 'wijk.inTime') | translate }}</td>
              </tr>
            } @empty {
              <tr><td colspan="4">{{ 'wijk.noMilestones' | translate }}</td></tr>
            }
          </tbody>
        </table>

        <h2 id="risks-title">{{ 'wijk.risks.title' | translate }}</h2>
        @if (risks(); as risks) {
          <p class="hint">{{ 'wijk.risks.intro' | translate: { date: (risks.run.finishedAt | date: 'd MMMM y, HH:mm'), simulations: risks.run.simulations } }}</p>
          <table class="wk-table" aria-labelledby="risks-title">
            <thead>
              <tr>
                <th scope="col">{{ 'wijk.milestone' | translate }}</th>
                <th scope="col">{{ 'wijk.deadline' | translate }}</th>
                <th scope="col" class="num">{{ 'wijk.risks.chance' | translate }}</th>
                <th scope="col">{{ 'wijk.risks.p50' | translate }}</th>
                <th scope="col">{{ 'wijk.risks.p80' | translate }}</th>
                <th scope="col">{{ 'wijk.risks.heldBack' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of risks.rows; track row.milestoneId) {
                <tr [class.at-risk]="row.atRisk">
                  <th scope="row">
                    {{ row.name }}
                    @if (row.atRisk) {
                      <strong class="risk-flag">⚠ {{ 'wijk.risks.atRisk' | translate }}</strong>
                    }
                  </th>
                  <td>{{ row.deadline ? (row.deadline | date: 'd-M-y') : '—' }}</td>
                  <td class="num">{{ row.probabilityOnTime | percent: '1.0-0' }}</td>
                  <td>{{ row.p50 ? (row.p50 | date: 'd-M-y') : '—' }}</td>
                  <td>{{ row.p80 ? (row.p80 | date: 'd-M-y') : '—' }}</td>
                  <td>{{ row.heldBack || '—' }}</td>
                </tr>
              } @empty {
                <tr><td colspan="6">{{ 'wijk.noMilestones' | translate }}</td></tr>
              }
            </tbody>
          </table>
        } @else if (risksLoaded()) {
          <p class="hint">{{ 'wijk.risks.none' | translate }}</p>
        } @else {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      }
    </div>
  `,
  styles: `
    .wide {
      max-width: 1400px;
    }
    .code {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0 0 16px;
    }
    .facts dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .facts dd {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    tr.at-risk th {
      border-left: 6px solid #a63603;
    }
    .risk-flag {
      display: block;
      font: var(--mat-sys-label-medium);
    }
    .move-form form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: flex-start;
    }
    .task-field {
      min-width: 320px;
      flex: 1 1 320px;
    }
    .actions {
      display: flex;
      gap: 8px;
      padding-top: 8px;
    }
  `,
})
export class WijkPageComponent {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);

  /** The route's :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly today = todayIso();
  protected readonly data = signal<Loaded | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly selectedTaskId = signal<string | null>(null);
  protected readonly errors = signal<FormErrors>({});
  protected readonly errorState = {
    task: fieldErrorState(this.errors, 'task'),
    start: fieldErrorState(this.errors, 'start'),
    duration: fieldErrorState(this.errors, 'duration'),
  };
  protected readonly statusMessage = signal('');
  protected readonly statusParams = signal<Record<string, string>>({});
  protected formStart = '';
  protected formDuration: number | null = null;

  protected readonly canEdit = computed(() => canEditPlan(this.auth.user()?.role));
  protected readonly schedule = computed(() => {
    const data = this.data();
    return data ? earliestSchedule(data.tasks, data.dependencies, data.wijk.plannedStart, mondayOf(this.today)) : null;
  });
  protected readonly phaseLabels = toSignal(
    inject(TranslateService).stream('phases') as Observable<Record<string, string>>,
    { initialValue: {} },
  );
  protected readonly editableTasks = computed(() =>
    (this.data()?.tasks ?? []).filter((task) => task.status !== 'done' && task.status !== 'cancelled'),
  );
  protected readonly selectedTask = computed(
    () => this.data()?.tasks.find((task) => task.id === this.selectedTaskId()) ?? null,
  );
  protected readonly milestoneRows = computed(() => {
    const schedule = this.schedule();
    return (this.data()?.milestones ?? []).map((milestone) => {
      const expected = milestone.taskId ? (schedule?.tasks.get(milestone.taskId)?.finish ?? null) : null;
      const late = !!expected && !!milestone.deadline && toDayNumber(expected) > toDayNumber(milestone.deadline);
      return { milestone, expected, late };
    });
  });

  constructor() {
    effect(() => {
      void this.load(this.id());
    });
  }

  protected select(taskId: string): void {
    this.selectedTaskId.set(taskId);
    const scheduled = this.schedule()?.tasks.get(taskId);
    this.formStart = scheduled?.start ?? '';
    this.formDuration = scheduled?.durationWeeks ?? null;
    this.errors.set({});
  }

  /** A drag on the Gantt: same checks and save as the form. */
  protected onMove(move: TaskMove): void {
    this.select(move.taskId);
    this.formStart = move.start;
    this.formDuration = move.durationWeeks;
    void this.save();
  }

  protected async unpin(): Promise<void> {
    const task = this.selectedTask();
    if (!task) return;
    await this.patch(task, { pinnedStart: null, pinnedEnd: null }, 'wijk.unpinned');
  }

  protected async save(): Promise<void> {
    const data = this.data();
    const schedule = this.schedule();
    const task = this.selectedTask();
    const errors: FormErrors = {};
    if (!task) errors.task = { key: 'fieldErrors.chooseTask' };
    if (!isIsoDate(this.formStart)) errors.start = { key: 'fieldErrors.date' };
    const duration = Number(this.formDuration);
    if (!Number.isInteger(duration) || duration < 1 || duration > 1300)
      errors.duration = { key: 'fieldErrors.between', params: { value: '1', other: '1300' } };
    if (!data || !schedule || !task || Object.keys(errors).length > 0) {
      this.errors.set(errors);
      focusFirstError();
      return;
    }
    const conflict = dependencyConflict(task.id, this.formStart, duration, schedule, data.tasks, data.dependencies);
    if (conflict) {
      const other = data.tasks.find((item) => item.id === conflict.taskId)?.name ?? '';
      const limit = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${conflict.limit}T00:00:00Z`),
      );
      this.errors.set(
        conflict.kind === 'predecessor'
          ? { start: { key: 'wijk.conflictPredecessor', params: { task: other, date: limit } } }
          : { duration: { key: 'wijk.conflictSuccessor', params: { task: other, date: limit } } },
      );
      this.statusMessage.set('wijk.notSaved');
      focusFirstError();
      return;
    }
    await this.patch(
      task,
      {
        pinnedStart: this.formStart,
        pinnedEnd: null,
        minDurationWeeks: duration,
        ...(duration > task.maxDurationWeeks ? { maxDurationWeeks: duration } : {}),
      },
      'wijk.saved',
      { task: task.name, date: addWeeks(this.formStart, 0) },
    );
  }

  private async patch(
    task: Task,
    changes: Partial<Task>,
    message: string,
    params: Record<string, string> = {},
  ): Promise<void> {
    this.saving.set(true);
    this.errors.set({});
    try {
      const updated = await firstValueFrom(
        this.api.patch<Task>(`tasks/${task.id}`, { ...changes, version: task.version }),
      );
      this.data.update((data) =>
        data ? { ...data, tasks: data.tasks.map((item) => (item.id === updated.id ? updated : item)) } : data,
      );
      this.statusParams.set({ task: task.name, ...params });
      this.statusMessage.set(message);
    } catch (error) {
      this.statusMessage.set('wijk.notSaved');
      this.errors.set(this.toErrors(error));
      focusFirstError();
      // A stale version: show the newest state so the next attempt starts from it.
      if (error instanceof HttpErrorResponse && error.status === 409) await this.load(this.id(), true);
    } finally {
      this.saving.set(false);
    }
  }

  private toErrors(error: unknown): FormErrors {
    if (!(error instanceof HttpErrorResponse)) return { form: { key: 'errors.unexpected' } };
    if (error.status === 409) return { form: { key: 'wijk.stale' } };
    const fields: Record<string, 'start' | 'duration'> = {
      pinnedStart: 'start',
      pinnedEnd: 'duration',
      minDurationWeeks: 'duration',
      maxDurationWeeks: 'duration',
    };
    const errors: FormErrors = {};
    if (isProblem(error.error)) {
      for (const param of error.error.invalidParams ?? []) {
        const field = fields[param.name];
        if (field) errors[field] = fieldReason(param.reason);
      }
    }
    if (Object.keys(errors).length > 0) return errors;
    if (error.status === 0 || error.status >= 502) return { form: { key: 'errors.unreachable' } };
    if (error.status === 403) return { form: { key: 'errors.forbidden' } };
    return { form: { key: 'errors.unexpected' } };
  }

  /** Below this chance of being on time a milestone counts as at risk (as on the dashboard). */
  private static readonly AT_RISK_BELOW = 0.8;

  protected readonly risks = signal<{
    run: ForecastRun;
    rows: {
      milestoneId: string;
      name: string;
      deadline: string | null;
      probabilityOnTime: number;
      p50: string | null;
      p80: string | null;
      heldBack: string;
      atRisk: boolean;
    }[];
  } | null>(null);
  protected readonly risksLoaded = signal(false);

  /**
   * The wijk's risks from the latest completed forecast of the plan: each milestone's chance of being on time, its
   * P50 and P80 dates and the disciplines that hold it back most (shares of the simulations).
   */
  private async loadRisks(milestones: Milestone[], disciplines: Discipline[]): Promise<void> {
    try {
      const runs = await firstValueFrom(this.api.list<ForecastRun>('forecasts', { status: 'completed', pageSize: 20 }));
      const latest = runs.items.find((run) => run.scenarioId === null);
      if (!latest) {
        this.risks.set(null);
        return;
      }
      const run = await firstValueFrom(this.api.get<ForecastRun>(`forecasts/${latest.id}`));
      const names = new Map(disciplines.map((d) => [d.id, d.name]));
      const own = new Set(milestones.map((m) => m.id));
      const rows = (run.result?.milestones ?? [])
        .filter((m) => own.has(m.milestoneId))
        .map((m) => ({
          milestoneId: m.milestoneId,
          name: m.name,
          deadline: m.deadline,
          probabilityOnTime: m.probabilityOnTime,
          p50: m.p50,
          p80: m.p80,
          heldBack: [...m.heldBackBy]
            .sort((a, b) => b.share - a.share)
            .filter((h) => h.share >= 0.05)
            .slice(0, 2)
            .map((h) => `${names.get(h.disciplineId) ?? '—'} (${Math.round(h.share * 100)}%)`)
            .join(', '),
          atRisk: !!m.deadline && m.probabilityOnTime < WijkPageComponent.AT_RISK_BELOW,
        }))
        .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
      this.risks.set({ run, rows });
    } catch {
      this.risks.set(null);
    } finally {
      this.risksLoaded.set(true);
    }
  }

  private async load(id: string, keepSelection = false): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const [wijk, tasks, milestones, disciplines, assignments, staff] = await Promise.all([
        firstValueFrom(this.api.get<Wijk>(`wijken/${id}`)),
        this.api.listAll<Task>('tasks', { wijkId: id, sort: 'sequence' }),
        this.api.listAll<Milestone>('milestones', { wijkId: id }),
        this.api.listAll<Discipline>('disciplines'),
        this.api.listAll<Assignment>('assignments'),
        this.api.listAll<StaffMember>('staff-members'),
      ]);
      const taskNames = new Map(tasks.map((task) => [task.id, task.name]));
      const people = new Map(staff.map((member) => [member.id, member.name]));
      const staffing = assignments
        .filter((assignment) => taskNames.has(assignment.taskId))
        .map((assignment) => ({
          assignment,
          person: people.get(assignment.staffMemberId) ?? '—',
          task: taskNames.get(assignment.taskId) ?? '—',
        }))
        .sort((a, b) => a.person.localeCompare(b.person, 'nl'));
      // The API filters dependencies by one task only; one call per task keeps the load proportional to the wijk.
      const perTask = await Promise.all(
        tasks.map((task) => this.api.listAll<TaskDependency>('task-dependencies', { taskId: task.id })),
      );
      const seen = new Set<string>();
      const dependencies = perTask.flat().filter((dependency) => !seen.has(dependency.id) && !!seen.add(dependency.id));
      this.data.set({ wijk, staffing, tasks, dependencies, milestones, disciplines });
      void this.loadRisks(milestones, disciplines);
      if (!keepSelection) this.selectedTaskId.set(null);
      else if (this.selectedTaskId()) this.select(this.selectedTaskId() as string);
    } catch (error) {
      this.loadError.set(
        error instanceof HttpErrorResponse && error.status === 404 ? 'wijk.notFound' : 'errors.loadFailed',
      );
    } finally {
      this.loading.set(false);
    }
  }
}
