import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { DatePipe, DecimalPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  isProblem,
  type Assignment,
  type CreateAssignmentRequest,
  type Discipline,
  type StaffMember,
  type Task,
  type Team,
  type Wijk,
} from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { canAssign } from '../auth/permissions';
import { EmptyStateComponent } from '../ui/empty-state.component';
import { fieldErrorState } from '../ui/field-error-state';
import { fieldReason, type FieldReason } from '../ui/field-reason';
import { focusFirstError } from '../ui/focus-first-error';
import { isIsoDate, mondayOf, todayIso, toDayNumber } from '../ui/iso-date';
import { weeklyAllocation, type WeekAllocation } from '../staff/weekly-allocation';
import { proposeAssignment } from './assignment-proposal';

/** Weeks ahead over which a person's load is shown on their card. */
const HORIZON_WEEKS = 26;
/** Unassigned tasks shown per discipline; the rest is reached by the discipline filter. */
const TASKS_PER_DISCIPLINE = 25;

type Field = 'taskId' | 'staffMemberId' | 'hoursPerWeek' | 'startDate' | 'endDate' | 'form';

interface Draft {
  taskId: string | null;
  staffMemberId: string | null;
  hoursPerWeek: number | null;
  startDate: string;
  endDate: string;
}

/**
 * The team lead's board: unassigned tasks by discipline on the left, the team's people with their load on the right.
 * Dropping a task on a person (or choosing both in the form, for keyboard users) fills in a proposal; the load bars
 * show the effect at once and an over-allocation must be confirmed before anything is saved.
 */
@Component({
  selector: 'wk-assignments-page',
  imports: [
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    DatePipe,
    DecimalPipe,
    EmptyStateComponent,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignments-page.component.html',
  styleUrl: './assignments-page.component.scss',
})
export class AssignmentsPageComponent {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly formSection = viewChild<ElementRef<HTMLElement>>('formSection');

  protected readonly today = todayIso();
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly teams = signal<Team[]>([]);
  protected readonly teamId = signal('');
  protected readonly staff = signal<StaffMember[]>([]);
  protected readonly disciplines = signal<Discipline[]>([]);
  protected readonly wijken = signal<Map<string, Wijk>>(new Map());
  protected readonly tasks = signal<Task[]>([]);
  protected readonly assignments = signal<Assignment[]>([]);
  protected readonly disciplineFilter = signal('');
  protected readonly draft = signal<Draft>(this.emptyDraft());
  protected readonly errors = signal<Partial<Record<Field, FieldReason>>>({});
  protected readonly errorState = {
    taskId: fieldErrorState(this.errors, 'taskId'),
    staffMemberId: fieldErrorState(this.errors, 'staffMemberId'),
    hoursPerWeek: fieldErrorState(this.errors, 'hoursPerWeek'),
    startDate: fieldErrorState(this.errors, 'startDate'),
    endDate: fieldErrorState(this.errors, 'endDate'),
  };
  /** Set when the user has seen the over-allocation warning for exactly this draft. */
  protected readonly confirmedOver = signal(false);
  protected readonly saving = signal(false);
  protected readonly status = signal<{ key: string; params: Record<string, string> } | null>(null);

  protected readonly mayAssign = computed(() => canAssign(this.auth.user()?.role));
  protected readonly isTeamLead = computed(() => this.auth.user()?.role === 'team_lead');
  protected readonly teamStaff = computed(() =>
    this.staff()
      .filter((member) => !this.teamId() || member.teamId === this.teamId())
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  );
  private readonly disciplineNames = computed(() => new Map(this.disciplines().map((d) => [d.id, d.name])));

  /** Tasks still to do that nobody is assigned to, grouped by discipline of the team's people. */
  protected readonly unassignedGroups = computed(() => {
    const assigned = new Set(this.assignments().map((a) => a.taskId));
    const teamDisciplines = new Set(this.teamStaff().flatMap((m) => [m.primaryDisciplineId, m.secondaryDisciplineId]));
    const groups = new Map<string, Task[]>();
    for (const task of this.tasks()) {
      if (assigned.has(task.id) || task.status === 'done' || task.status === 'cancelled') continue;
      if (this.disciplineFilter() ? task.disciplineId !== this.disciplineFilter() : !teamDisciplines.has(task.disciplineId))
        continue;
      groups.set(task.disciplineId, [...(groups.get(task.disciplineId) ?? []), task]);
    }
    return [...groups.entries()]
      .map(([disciplineId, tasks]) => {
        const shown = tasks
          .map((task) => ({ task, proposal: proposeAssignment(task, this.today) }))
          .sort((a, b) => toDayNumber(a.proposal.startDate) - toDayNumber(b.proposal.startDate))
          .slice(0, TASKS_PER_DISCIPLINE);
        // Then by the week the work would start (its Monday), earliest first.
        const weeks = new Map<string, typeof shown>();
        for (const item of shown) {
          const monday = mondayOf(item.proposal.startDate);
          weeks.set(monday, [...(weeks.get(monday) ?? []), item]);
        }
        return {
          disciplineId,
          name: this.disciplineNames().get(disciplineId) ?? '—',
          total: tasks.length,
          tasks: shown,
          weeks: [...weeks.entries()].map(([monday, items]) => ({ monday, tasks: items })),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });

  protected readonly selectableTasks = computed(() => this.unassignedGroups().flatMap((group) => group.tasks));

  /** The assignment being drafted, as the load bars should already count it. */
  private readonly draftAssignment = computed<Assignment | null>(() => {
    const draft = this.draft();
    if (!draft.taskId || !draft.staffMemberId || !draft.hoursPerWeek || !isIsoDate(draft.startDate) || !isIsoDate(draft.endDate))
      return null;
    return {
      id: 'draft',
      version: 0,
      createdAt: '',
      updatedAt: '',
      staffMemberId: draft.staffMemberId,
      taskId: draft.taskId,
      hoursPerWeek: Number(draft.hoursPerWeek),
      startDate: draft.startDate,
      endDate: draft.endDate,
      locked: true,
      source: 'manual',
    };
  });

  protected readonly cards = computed(() => {
    const draft = this.draftAssignment();
    const assignments = draft ? [...this.assignments(), draft] : this.assignments();
    return this.teamStaff().map((member) => {
      const weeks = weeklyAllocation(member, assignments, [], this.today, HORIZON_WEEKS);
      const peak = weeks.reduce((max, week) => (week.allocated > max.allocated ? week : max), weeks[0] as WeekAllocation);
      const available = member.contractHours * member.programmeShare;
      return {
        member,
        discipline: this.disciplineNames().get(member.primaryDisciplineId) ?? '—',
        peak: peak.allocated,
        available,
        percent: Math.min(100, available > 0 ? (peak.allocated / available) * 100 : 100),
        overWeeks: weeks.filter((week) => week.overAllocated).length,
        hasDraft: draft?.staffMemberId === member.id,
      };
    });
  });

  protected readonly draftCard = computed(() => this.cards().find((card) => card.hasDraft) ?? null);

  /** A task of another discipline than the person's: allowed (people help out), but said plainly. */
  protected readonly disciplineMismatch = computed(() => {
    const draft = this.draft();
    const task = this.tasks().find((item) => item.id === draft.taskId);
    const member = this.staff().find((item) => item.id === draft.staffMemberId);
    if (!task || !member) return null;
    if (task.disciplineId === member.primaryDisciplineId || task.disciplineId === member.secondaryDisciplineId) return null;
    return {
      person: member.name,
      personDiscipline: this.disciplineNames().get(member.primaryDisciplineId) ?? '—',
      taskDiscipline: this.disciplineNames().get(task.disciplineId) ?? '—',
    };
  });

  protected disciplineOf(member: StaffMember): string {
    return this.disciplineNames().get(member.primaryDisciplineId) ?? '—';
  }

  constructor() {
    void this.load();
  }

  protected onDrop(event: CdkDragDrop<StaffMember, unknown, Task>, member: StaffMember): void {
    if (event.previousContainer === event.container) return;
    this.pick(event.item.data, member.id);
  }

  /** Fills the form from a task (and a person): the proposal, ready to adjust and save. */
  protected pick(task: Task | null, staffMemberId: string | null): void {
    const proposal = task ? proposeAssignment(task, this.today) : null;
    this.draft.set({
      taskId: task?.id ?? null,
      staffMemberId,
      hoursPerWeek: proposal?.hoursPerWeek ?? null,
      startDate: proposal?.startDate ?? '',
      endDate: proposal?.endDate ?? '',
    });
    this.errors.set({});
    this.confirmedOver.set(false);
    this.status.set(null);
    setTimeout(() => this.formSection()?.nativeElement.focus());
  }

  protected onTaskChosen(taskId: string): void {
    const task = this.tasks().find((item) => item.id === taskId) ?? null;
    this.pick(task, this.draft().staffMemberId);
  }

  protected update(changes: Partial<Draft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
    this.confirmedOver.set(false);
  }

  protected cancel(): void {
    this.draft.set(this.emptyDraft());
    this.errors.set({});
    this.confirmedOver.set(false);
  }

  protected taskLabel(task: Task): string {
    const wijk = this.wijken().get(task.wijkId);
    return wijk ? `${task.name} — ${wijk.name}` : task.name;
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    const errors: Partial<Record<Field, FieldReason>> = {};
    if (!draft.taskId) errors.taskId = { key: 'fieldErrors.chooseTask' };
    if (!draft.staffMemberId) errors.staffMemberId = { key: 'fieldErrors.choosePerson' };
    const hours = Number(draft.hoursPerWeek);
    if (!(hours > 0 && hours <= 60)) errors.hoursPerWeek = { key: 'board.hoursRule' };
    if (!isIsoDate(draft.startDate)) errors.startDate = { key: 'fieldErrors.date' };
    if (!isIsoDate(draft.endDate)) errors.endDate = { key: 'fieldErrors.date' };
    else if (isIsoDate(draft.startDate) && toDayNumber(draft.endDate) < toDayNumber(draft.startDate))
      errors.endDate = { key: 'board.endBeforeStart' };
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError();
      return;
    }

    const card = this.draftCard();
    if (card && card.overWeeks > 0 && !this.confirmedOver()) {
      // The warning comes first; a second press on the (renamed) button saves anyway.
      this.confirmedOver.set(true);
      return;
    }
    const request: CreateAssignmentRequest = {
      taskId: draft.taskId as string,
      staffMemberId: draft.staffMemberId as string,
      hoursPerWeek: hours,
      startDate: draft.startDate,
      endDate: draft.endDate,
      locked: true,
    };
    this.saving.set(true);
    try {
      const created = await firstValueFrom(this.api.post<Assignment>('assignments', request));
      this.assignments.update((list) => [...list, created]);
      const task = this.tasks().find((item) => item.id === created.taskId);
      const member = this.staff().find((item) => item.id === created.staffMemberId);
      this.status.set({ key: 'board.saved', params: { task: task?.name ?? '', person: member?.name ?? '' } });
      this.draft.set(this.emptyDraft());
      this.confirmedOver.set(false);
    } catch (error) {
      this.errors.set(this.toErrors(error));
      focusFirstError();
    } finally {
      this.saving.set(false);
    }
  }

  private toErrors(error: unknown): Partial<Record<Field, FieldReason>> {
    if (!(error instanceof HttpErrorResponse)) return { form: { key: 'errors.unexpected' } };
    const errors: Partial<Record<Field, FieldReason>> = {};
    if (isProblem(error.error)) {
      for (const param of error.error.invalidParams ?? []) {
        if (['taskId', 'staffMemberId', 'hoursPerWeek', 'startDate', 'endDate'].includes(param.name))
          errors[param.name as Field] = fieldReason(param.reason);
      }
      if (Object.keys(errors).length > 0) return errors;
    }
    if (error.status === 403) return { form: { key: 'board.forbidden' } };
    if (error.status === 0 || error.status >= 502) return { form: { key: 'errors.unreachable' } };
    if (error.status >= 400 && error.status < 500 && isProblem(error.error) && error.error.detail)
      return { form: { key: 'fieldErrors.other', params: { reason: error.error.detail } } };
    return { form: { key: 'errors.unexpected' } };
  }

  protected onTeamChange(teamId: string): void {
    this.teamId.set(teamId);
    this.cancel();
  }

  private emptyDraft(): Draft {
    return { taskId: null, staffMemberId: null, hoursPerWeek: null, startDate: '', endDate: '' };
  }

  private async load(): Promise<void> {
    try {
      const [teams, staff, disciplines, tasks, assignments, wijken] = await Promise.all([
        this.api.listAll<Team>('teams'),
        this.api.listAll<StaffMember>('staff-members'),
        this.api.listAll<Discipline>('disciplines'),
        this.api.listAll<Task>('tasks', { sort: 'earliestStart' }),
        this.api.listAll<Assignment>('assignments'),
        this.api.listAll<Wijk>('wijken'),
      ]);
      this.teams.set(teams);
      this.staff.set(staff);
      this.disciplines.set(disciplines);
      this.tasks.set(tasks);
      this.assignments.set(assignments);
      this.wijken.set(new Map(wijken.map((wijk) => [wijk.id, wijk])));
      const own = teams.find((team) => team.leadUserId === this.auth.user()?.id);
      this.teamId.set(own?.id ?? teams[0]?.id ?? '');
    } catch {
      this.error.set('errors.loadFailed');
    } finally {
      this.loading.set(false);
    }
  }

  protected readonly mondayOf = mondayOf;
}
