import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Assignment, Discipline, LeavePeriod, StaffMember, Task } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client.service';
import { todayIso } from '../ui/iso-date';
import { AllocationChartComponent } from './allocation-chart.component';
import { programmeFte, weeklyAllocation } from './weekly-allocation';

const WEEKS_SHOWN = 52;

interface Loaded {
  member: StaffMember;
  assignments: Assignment[];
  leave: LeavePeriod[];
  /** False when the role may not see leave (staff, viewers): the page says so instead of showing none. */
  leaveVisible: boolean;
  tasks: Map<string, Task>;
  disciplines: Discipline[];
}

/** One person: what they bring, their allocation week by week against their available hours, and their leave. */
@Component({
  selector: 'wk-staff-member-page',
  imports: [AllocationChartComponent, DatePipe, DecimalPipe, MatProgressBarModule, PercentPipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page">
      <p><a routerLink="/medewerkers">← {{ 'staff.back' | translate }}</a></p>
      @if (!data() && !error()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      @if (error()) {
        <p class="wk-error" role="alert">{{ error()! | translate }}</p>
      }
      @if (data(); as data) {
        <h1>{{ data.member.name }}</h1>
        <dl class="facts">
          <div><dt>{{ 'staff.discipline' | translate }}</dt><dd>{{ disciplineName() }}</dd></div>
          <div><dt>{{ 'staff.contractHours' | translate }}</dt><dd>{{ data.member.contractHours | number: '1.0-1' }}</dd></div>
          <div><dt>{{ 'staff.share' | translate }}</dt><dd>{{ data.member.programmeShare | percent }}</dd></div>
          <div><dt>{{ 'staff.fte' | translate }}</dt><dd>{{ fte() | number: '1.2-2' }}</dd></div>
          <div><dt>{{ 'staff.employment' | translate }}</dt><dd>{{ 'staff.employmentTypes.' + data.member.employmentType | translate }}</dd></div>
          <div><dt>{{ 'staff.endDate' | translate }}</dt><dd>{{ data.member.endDate ? (data.member.endDate | date: 'd MMMM y') : '—' }}</dd></div>
          @if (data.member.fundingEndDate) {
            <div><dt>{{ 'staff.funding' | translate }}</dt><dd>{{ data.member.fundingSource }} ({{ data.member.fundingEndDate | date: 'd MMM y' }})</dd></div>
          }
        </dl>

        <h2>{{ 'staff.allocationTitle' | translate }}</h2>
        <p>{{ 'staff.allocationIntro' | translate: { weeks: weeksShown, over: overWeeks() } }}</p>
        <wk-allocation-chart [weeks]="weeks()" [summary]="'staff.allocationSummary' | translate: { weeks: weeksShown, over: overWeeks() }" />

        <h2>{{ 'staff.assignments' | translate }}</h2>
        <table class="wk-table">
          <thead>
            <tr>
              <th scope="col">{{ 'wijk.task' | translate }}</th>
              <th scope="col" class="num">{{ 'staff.hoursPerWeek' | translate }}</th>
              <th scope="col">{{ 'staff.from' | translate }}</th>
              <th scope="col">{{ 'staff.to' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (assignment of data.assignments; track assignment.id) {
              <tr>
                <th scope="row">
                  @if (data.tasks.get(assignment.taskId); as task) {
                    <a [routerLink]="['/wijken', task.wijkId]">{{ task.name }}</a>
                  } @else {
                    —
                  }
                </th>
                <td class="num">{{ assignment.hoursPerWeek | number: '1.0-1' }}</td>
                <td>{{ assignment.startDate | date: 'd MMM y' }}</td>
                <td>{{ assignment.endDate | date: 'd MMM y' }}</td>
              </tr>
            } @empty {
              <tr><td colspan="4">{{ 'staff.noAssignments' | translate }}</td></tr>
            }
          </tbody>
        </table>

        <h2>{{ 'staff.leave' | translate }}</h2>
        @if (!data.leaveVisible) {
          <p>{{ 'staff.leaveHidden' | translate }}</p>
        } @else {
          <table class="wk-table">
            <thead>
              <tr>
                <th scope="col">{{ 'staff.from' | translate }}</th>
                <th scope="col">{{ 'staff.to' | translate }}</th>
                <th scope="col" class="num">{{ 'staff.hoursPerWeek' | translate }}</th>
                <th scope="col">{{ 'staff.reason' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (period of data.leave; track period.id) {
                <tr>
                  <td>{{ period.startDate | date: 'd MMM y' }}</td>
                  <td>{{ period.endDate | date: 'd MMM y' }}</td>
                  <td class="num">{{ period.hoursPerWeek | number: '1.0-1' }}</td>
                  <td>{{ period.reason ?? '—' }}</td>
                </tr>
              } @empty {
                <tr><td colspan="4">{{ 'staff.noLeave' | translate }}</td></tr>
              }
            </tbody>
          </table>
        }
      }
    </div>
  `,
  styles: `
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
    }
    .facts dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .facts dd {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class StaffMemberPageComponent {
  private readonly api = inject(ApiClient);
  readonly id = input.required<string>();

  protected readonly weeksShown = WEEKS_SHOWN;
  protected readonly data = signal<Loaded | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly fte = computed(() => (this.data() ? programmeFte((this.data() as Loaded).member) : 0));
  protected readonly disciplineName = computed(() => {
    const data = this.data();
    return data?.disciplines.find((d) => d.id === data.member.primaryDisciplineId)?.name ?? '—';
  });
  protected readonly weeks = computed(() => {
    const data = this.data();
    return data ? weeklyAllocation(data.member, data.assignments, data.leave, todayIso(), WEEKS_SHOWN) : [];
  });
  protected readonly overWeeks = computed(() => this.weeks().filter((week) => week.overAllocated).length);

  constructor() {
    effect(() => {
      void this.load(this.id());
    });
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      const [member, assignments, disciplines] = await Promise.all([
        firstValueFrom(this.api.get<StaffMember>(`staff-members/${id}`)),
        this.api.listAll<Assignment>('assignments', { staffMemberId: id }),
        this.api.listAll<Discipline>('disciplines'),
      ]);
      let leave: LeavePeriod[] = [];
      let leaveVisible = true;
      try {
        leave = await this.api.listAll<LeavePeriod>('leave-periods', { staffMemberId: id });
      } catch (error) {
        if (!(error instanceof HttpErrorResponse && error.status === 403)) throw error;
        leaveVisible = false;
      }
      const tasks = await Promise.all(
        [...new Set(assignments.map((a) => a.taskId))].map((taskId) =>
          firstValueFrom(this.api.get<Task>(`tasks/${taskId}`)),
        ),
      );
      this.data.set({
        member,
        assignments,
        leave,
        leaveVisible,
        tasks: new Map(tasks.map((task) => [task.id, task])),
        disciplines,
      });
    } catch (error) {
      this.error.set(error instanceof HttpErrorResponse && error.status === 404 ? 'staff.notFound' : 'errors.loadFailed');
    }
  }
}
