import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Discipline, StaffMember, Team } from '@wijkkracht/contracts';
import { ApiClient } from '../api/api-client.service';
import { EmptyStateComponent } from '../ui/empty-state.component';
import { programmeFte } from './weekly-allocation';

/** Everyone on the programme, by discipline and team, with the fte they bring and when their post ends. */
@Component({
  selector: 'wk-staff-page',
  imports: [
    DatePipe,
    DecimalPipe,
    PercentPipe,
    EmptyStateComponent,
    FormsModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page">
      <h1>{{ 'pages.staff.title' | translate }}</h1>
      <form class="filters" (submit)="$event.preventDefault()">
        <mat-form-field>
          <mat-label>{{ 'staff.discipline' | translate }}</mat-label>
          <mat-select name="discipline" [ngModel]="disciplineId()" (ngModelChange)="disciplineId.set($event)">
            <mat-option value="">{{ 'wijken.all' | translate }}</mat-option>
            @for (discipline of disciplines(); track discipline.id) {
              <mat-option [value]="discipline.id">{{ discipline.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'staff.team' | translate }}</mat-label>
          <mat-select name="team" [ngModel]="teamId()" (ngModelChange)="teamId.set($event)">
            <mat-option value="">{{ 'wijken.all' | translate }}</mat-option>
            @for (team of teams(); track team.id) {
              <mat-option [value]="team.id">{{ team.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      @if (error()) {
        <p class="wk-error" role="alert">{{ error()! | translate }}</p>
      }
      @if (!loading() && !error()) {
        @if (rows().length === 0) {
          <wk-empty-state [heading]="'staff.noneTitle' | translate" [text]="'staff.noneText' | translate" />
        } @else {
          <p>{{ 'staff.summary' | translate: { count: rows().length, fte: (totalFte() | number: '1.1-1') } }}</p>
          <div class="table-scroll">
            <table class="wk-table">
              <caption class="wk-visually-hidden">{{ 'pages.staff.title' | translate }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'staff.name' | translate }}</th>
                  <th scope="col">{{ 'staff.discipline' | translate }}</th>
                  <th scope="col">{{ 'staff.team' | translate }}</th>
                  <th scope="col" class="num">{{ 'staff.contractHours' | translate }}</th>
                  <th scope="col" class="num">{{ 'staff.share' | translate }}</th>
                  <th scope="col" class="num">{{ 'staff.fte' | translate }}</th>
                  <th scope="col">{{ 'staff.employment' | translate }}</th>
                  <th scope="col">{{ 'staff.endDate' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.member.id) {
                  <tr>
                    <th scope="row"><a [routerLink]="['/medewerkers', row.member.id]">{{ row.member.name }}</a></th>
                    <td>{{ row.discipline }}</td>
                    <td>{{ row.team }}</td>
                    <td class="num">{{ row.member.contractHours | number: '1.0-1' }}</td>
                    <td class="num">{{ row.member.programmeShare | percent }}</td>
                    <td class="num">{{ row.fte | number: '1.2-2' }}</td>
                    <td>{{ 'staff.employmentTypes.' + row.member.employmentType | translate }}</td>
                    <td>{{ row.member.endDate ? (row.member.endDate | date: 'd MMM y') : '—' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .table-scroll {
      overflow-x: auto;
    }
  `,
})
export class StaffPageComponent {
  private readonly api = inject(ApiClient);
  protected readonly staff = signal<StaffMember[]>([]);
  protected readonly disciplines = signal<Discipline[]>([]);
  protected readonly teams = signal<Team[]>([]);
  protected readonly disciplineId = signal('');
  protected readonly teamId = signal('');
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  protected readonly rows = computed(() => {
    const disciplineNames = new Map(this.disciplines().map((d) => [d.id, d.name]));
    const teamNames = new Map(this.teams().map((t) => [t.id, t.name]));
    return this.staff()
      .filter(
        (member) =>
          (!this.disciplineId() ||
            member.primaryDisciplineId === this.disciplineId() ||
            member.secondaryDisciplineId === this.disciplineId()) &&
          (!this.teamId() || member.teamId === this.teamId()),
      )
      .map((member) => ({
        member,
        discipline: disciplineNames.get(member.primaryDisciplineId) ?? '—',
        team: member.teamId ? (teamNames.get(member.teamId) ?? '—') : '—',
        fte: programmeFte(member),
      }))
      .sort((a, b) => a.discipline.localeCompare(b.discipline, 'nl') || a.member.name.localeCompare(b.member.name, 'nl'));
  });
  protected readonly totalFte = computed(() => this.rows().reduce((sum, row) => sum + row.fte, 0));

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [staff, disciplines, teams] = await Promise.all([
        this.api.listAll<StaffMember>('staff-members'),
        this.api.listAll<Discipline>('disciplines'),
        this.api.listAll<Team>('teams'),
      ]);
      this.staff.set(staff);
      this.disciplines.set(disciplines.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
      this.teams.set(teams);
    } catch {
      this.error.set('errors.loadFailed');
    } finally {
      this.loading.set(false);
    }
  }
}
