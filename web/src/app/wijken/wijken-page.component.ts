import { DecimalPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { WIJK_STATUSES, WIJK_STRATEGIES, type Page, type Wijk } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient, type QueryParams } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { canEditPlan } from '../auth/permissions';
import { EmptyStateComponent } from '../ui/empty-state.component';
import { CreateWijkFormComponent } from './create-wijk-form.component';

/** The wave filter: all, only startwijken, or one later wave. */
const WAVE_OPTIONS = ['', 'start', '1', '2', '3', '4', '5'] as const;

/** All wijken of the gemeente, filtered and sorted on the server, each linking to its timeline. */
@Component({
  selector: 'wk-wijken-page',
  imports: [
    CreateWijkFormComponent,
    DatePipe,
    DecimalPipe,
    EmptyStateComponent,
    FormsModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page">
      <h1>{{ 'pages.wijken.title' | translate }}</h1>
      @if (canEdit()) {
        <details class="create">
          <summary>{{ 'wijken.createTitle' | translate }}</summary>
          <p class="hint">{{ 'wijken.createHint' | translate }}</p>
          <wk-create-wijk-form (created)="onCreated($event)" />
        </details>
      }
      <form class="filters" [attr.aria-label]="'wijken.filters' | translate" (submit)="$event.preventDefault()">
        <mat-form-field>
          <mat-label>{{ 'wijken.wave' | translate }}</mat-label>
          <mat-select [ngModel]="wave()" name="wave" (ngModelChange)="wave.set($event); reload()">
            @for (option of waveOptions; track option) {
              <mat-option [value]="option">{{ waveLabel(option) | translate: { wave: option } }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'wijken.status' | translate }}</mat-label>
          <mat-select [ngModel]="status()" name="status" (ngModelChange)="status.set($event); reload()">
            <mat-option value="">{{ 'wijken.all' | translate }}</mat-option>
            @for (option of statuses; track option) {
              <mat-option [value]="option">{{ 'wijken.statuses.' + option | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'wijken.strategy' | translate }}</mat-label>
          <mat-select [ngModel]="strategy()" name="strategy" (ngModelChange)="strategy.set($event); reload()">
            <mat-option value="">{{ 'wijken.all' | translate }}</mat-option>
            @for (option of strategies; track option) {
              <mat-option [value]="option">{{ 'wijken.strategies.' + option | translate }}</mat-option>
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
      @if (page(); as page) {
        @if (page.total === 0) {
          <wk-empty-state [heading]="'wijken.noneTitle' | translate" [text]="'wijken.noneText' | translate" />
        } @else {
          <div class="table-scroll">
            <table
              mat-table
              [dataSource]="page.items"
              matSort
              [matSortActive]="sort().active"
              [matSortDirection]="sort().direction"
              (matSortChange)="onSort($event)"
            >
              <caption class="wk-visually-hidden">{{ 'wijken.caption' | translate: { total: page.total } }}</caption>
              <ng-container matColumnDef="name">
                <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'wijken.name' | translate }}</th>
                <td mat-cell *matCellDef="let wijk">
                  <a [routerLink]="['/wijken', wijk.id]">{{ wijk.name }}</a>
                  <span class="code">{{ wijk.cbsCode }}</span>
                </td>
              </ng-container>
              <ng-container matColumnDef="wave">
                <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'wijken.wave' | translate }}</th>
                <td mat-cell *matCellDef="let wijk">
                  {{ (wijk.isStartwijk ? 'wijken.startwijk' : 'wijken.waveN') | translate: { wave: wijk.wave } }}
                </td>
              </ng-container>
              <ng-container matColumnDef="homes">
                <th mat-header-cell *matHeaderCellDef mat-sort-header arrowPosition="before" class="num">
                  {{ 'wijken.homes' | translate }}
                </th>
                <td mat-cell *matCellDef="let wijk" class="num">{{ wijk.homes | number }}</td>
              </ng-container>
              <ng-container matColumnDef="strategy">
                <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'wijken.strategy' | translate }}</th>
                <td mat-cell *matCellDef="let wijk">{{ 'wijken.strategies.' + wijk.strategy | translate }}</td>
              </ng-container>
              <ng-container matColumnDef="status">
                <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'wijken.status' | translate }}</th>
                <td mat-cell *matCellDef="let wijk">{{ 'wijken.statuses.' + wijk.status | translate }}</td>
              </ng-container>
              <ng-container matColumnDef="plannedStart">
                <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'wijken.plannedStart' | translate }}</th>
                <td mat-cell *matCellDef="let wijk">{{ wijk.plannedStart | date: 'd MMM y' }}</td>
              </ng-container>
              <ng-container matColumnDef="targetDate">
                <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'wijken.targetDate' | translate }}</th>
                <td mat-cell *matCellDef="let wijk">{{ wijk.targetDate | date: 'd MMM y' }}</td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns"></tr>
            </table>
          </div>
          <mat-paginator
            [length]="page.total"
            [pageIndex]="page.page - 1"
            [pageSize]="pageSize()"
            [pageSizeOptions]="[10, 25, 50, 100]"
            (page)="onPage($event)"
            [attr.aria-label]="'common.paginator' | translate"
          />
        }
      }
    </div>
  `,
  styles: `
    .create {
      margin-bottom: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 16px;
    }
    .create summary {
      cursor: pointer;
      font: var(--mat-sys-title-medium);
      padding: 4px 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 8px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .code {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
    }
  `,
})
export class WijkenPageComponent {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly canEdit = computed(() => canEditPlan(this.auth.user()?.role));
  protected readonly waveOptions = WAVE_OPTIONS;
  protected readonly statuses = WIJK_STATUSES;
  protected readonly strategies = WIJK_STRATEGIES;
  protected readonly columns = ['name', 'wave', 'homes', 'strategy', 'status', 'plannedStart', 'targetDate'];

  protected readonly wave = signal<string>('');
  protected readonly status = signal<string>('');
  protected readonly strategy = signal<string>('');
  protected readonly sort = signal<{ active: string; direction: 'asc' | 'desc' | '' }>({
    active: 'plannedStart',
    direction: 'asc',
  });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly page = signal<Page<Wijk> | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  /** A new wijk opens on its own page, where its timeline from the template is shown. */
  protected onCreated(wijk: Wijk): void {
    void this.router.navigate(['/wijken', wijk.id]);
  }

  protected waveLabel(option: string): string {
    if (option === '') return 'wijken.all';
    return option === 'start' ? 'wijken.startwijken' : 'wijken.waveN';
  }

  protected reload(): void {
    this.pageIndex.set(0);
    void this.load();
  }

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active, direction: sort.direction });
    this.reload();
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  private async load(): Promise<void> {
    const wave = this.wave();
    const sort = this.sort();
    const query: QueryParams = {
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
      status: this.status(),
      strategy: this.strategy(),
      startwijk: wave === 'start' ? true : undefined,
      wave: wave !== '' && wave !== 'start' ? wave : undefined,
      sort: sort.direction ? `${sort.direction === 'desc' ? '-' : ''}${sort.active}` : undefined,
    };
    this.loading.set(true);
    this.error.set(null);
    try {
      this.page.set(await firstValueFrom(this.api.list<Wijk>('wijken', query)));
    } catch {
      this.error.set('errors.loadFailed');
    } finally {
      this.loading.set(false);
    }
  }
}
