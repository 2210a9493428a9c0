import { DatePipe } from '@angular/common';
import { HttpClient, HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ForecastRun } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { API_BASE, ApiClient } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { canEditPlan } from '../auth/permissions';

interface ImportPreview {
  rows: number;
  validRows: number;
  errors: { row: number; column: string | null; message: string }[];
}

/** The server's Dutch explanation of a refused file (problem+json `detail`). */
function problemDetail(error: unknown): string | null {
  const body = error instanceof HttpErrorResponse ? (error.error as { detail?: unknown } | null) : null;
  return typeof body?.detail === 'string' ? body.detail : null;
}

interface PlanImportResult {
  tasks: number;
  dependencies: number;
  milestones: number;
  assignments: number;
  warnings: string[];
}

interface CalendarFeed {
  id: string;
  name: string;
  wijkId: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** The council report of a forecast, the XLSX/CSV exports and the milestone calendar feeds. */
@Component({
  selector: 'wk-reports-page',
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    section {
      margin: 0 0 32px;
      max-width: 900px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    mat-form-field {
      min-width: 300px;
    }
    .url {
      word-break: break-all;
      font-family: monospace;
    }
    ul.feeds {
      padding-left: 20px;
    }
    label.file {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    table.errors {
      border-collapse: collapse;
      margin-top: 8px;
    }
    table.errors caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 4px;
    }
    table.errors th,
    table.errors td {
      text-align: left;
      padding: 4px 12px 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
  `,
  template: `
    <div class="wk-page">
      <h1>{{ 'pages.reports.title' | translate }}</h1>

      <section aria-labelledby="council-heading">
        <h2 id="council-heading">{{ 'reports.council.title' | translate }}</h2>
        <p class="hint">{{ 'reports.council.text' | translate }}</p>
        @if (runs(); as list) {
          @if (list.length === 0) {
            <p>{{ 'reports.council.noForecast' | translate }}</p>
          } @else {
            <div class="actions">
              <mat-form-field>
                <mat-label>{{ 'reports.council.forecast' | translate }}</mat-label>
                <mat-select [(ngModel)]="runId" name="runId">
                  @for (run of list; track run.id) {
                    <mat-option [value]="run.id"
                      >{{ run.finishedAt | date: 'd MMM y, HH:mm' }} · {{ run.simulations }}
                      {{ 'reports.council.simulations' | translate }}</mat-option
                    >
                  }
                </mat-select>
              </mat-form-field>
              <button mat-flat-button type="button" (click)="councilReport()" [disabled]="making()">
                {{ 'reports.council.download' | translate }}
              </button>
              <button
                mat-stroked-button
                type="button"
                (click)="download('forecasts/' + runId + '/export', 'xlsx')"
              >
                {{ 'reports.exports.forecastXlsx' | translate }}
              </button>
              <button
                mat-stroked-button
                type="button"
                (click)="download('forecasts/' + runId + '/export', 'csv')"
              >
                {{ 'reports.exports.forecastCsv' | translate }}
              </button>
            </div>
            @if (making()) {
              <p role="status">{{ 'reports.council.making' | translate }}</p>
              <mat-progress-bar
                mode="indeterminate"
                [attr.aria-label]="'reports.council.making' | translate"
              />
            }
          }
        }
      </section>

      <section aria-labelledby="exports-heading">
        <h2 id="exports-heading">{{ 'reports.exports.title' | translate }}</h2>
        <div class="actions">
          <button mat-stroked-button type="button" (click)="download('exports/tasks', 'xlsx')">
            {{ 'reports.exports.tasksXlsx' | translate }}
          </button>
          <button mat-stroked-button type="button" (click)="download('exports/tasks', 'csv')">
            {{ 'reports.exports.tasksCsv' | translate }}
          </button>
          @if (canSeeAllocation()) {
            <button mat-stroked-button type="button" (click)="download('exports/staff-allocation', 'xlsx')">
              {{ 'reports.exports.allocationXlsx' | translate }}
            </button>
            <button mat-stroked-button type="button" (click)="download('exports/staff-allocation', 'csv')">
              {{ 'reports.exports.allocationCsv' | translate }}
            </button>
          }
        </div>
      </section>

      @if (canImport()) {
        <section aria-labelledby="imports-heading">
          <h2 id="imports-heading">{{ 'reports.imports.title' | translate }}</h2>
          <p class="hint">{{ 'reports.imports.text' | translate }}</p>
          <div class="actions">
            <mat-form-field>
              <mat-label>{{ 'reports.imports.kind' | translate }}</mat-label>
              <mat-select [(ngModel)]="importKind" name="importKind" (selectionChange)="resetImport()">
                <mat-option value="staff-members">{{ 'reports.imports.staff' | translate }}</mat-option>
                <mat-option value="wijken">{{ 'reports.imports.wijken' | translate }}</mat-option>
              </mat-select>
            </mat-form-field>
            <label class="file">
              {{ 'reports.imports.file' | translate }}
              <input
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                (change)="chooseFile($event)"
              />
            </label>
            <button mat-stroked-button type="button" (click)="previewImport()" [disabled]="!importFile">
              {{ 'reports.imports.check' | translate }}
            </button>
            <button
              mat-flat-button
              type="button"
              (click)="commitImport()"
              [disabled]="!preview() || preview()!.errors.length > 0 || preview()!.validRows === 0"
            >
              {{ 'reports.imports.commit' | translate }}
            </button>
          </div>
          @if (preview(); as p) {
            <p role="status">
              {{
                'reports.imports.summary'
                  | translate: { rows: p.rows, valid: p.validRows, errors: p.errors.length }
              }}
            </p>
            @if (p.errors.length) {
              <table class="errors">
                <caption>
                  {{
                    'reports.imports.errorsCaption' | translate
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'reports.imports.row' | translate }}</th>
                    <th scope="col">{{ 'reports.imports.column' | translate }}</th>
                    <th scope="col">{{ 'reports.imports.message' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (e of p.errors; track $index) {
                    <tr>
                      <td>{{ e.row }}</td>
                      <td>{{ e.column ?? '–' }}</td>
                      <td>{{ e.message }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          }
          @if (imported(); as count) {
            <p role="status">{{ 'reports.imports.done' | translate: { count } }}</p>
          }
          @if (importProblem(); as detail) {
            <p role="alert">{{ detail }}</p>
          }
        </section>
      }

      <section aria-labelledby="project-heading">
        <h2 id="project-heading">{{ 'reports.project.title' | translate }}</h2>
        <p class="hint">{{ 'reports.project.text' | translate }}</p>
        <!-- Shown once the wijken are loaded: a select without options cannot be opened. -->
        @if (wijken().length) {
          <div class="actions">
            <mat-form-field>
              <mat-label>{{ 'reports.project.wijk' | translate }}</mat-label>
              <mat-select [(ngModel)]="projectWijkId" name="projectWijkId">
                @for (wijk of wijken(); track wijk.id) {
                  <mat-option [value]="wijk.id">{{ wijk.name }} ({{ wijk.cbsCode }})</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <button mat-stroked-button type="button" [disabled]="!projectWijkId" (click)="downloadPlan()">
              {{ 'reports.project.download' | translate }}
            </button>
            @if (canImport()) {
              <label class="file">
                {{ 'reports.project.file' | translate }}
                <input type="file" accept=".xml,application/xml,text/xml" (change)="choosePlan($event)" />
              </label>
              <button
                mat-flat-button
                type="button"
                [disabled]="!projectWijkId || !planFile"
                (click)="importPlan()"
              >
                {{ 'reports.project.import' | translate }}
              </button>
            }
          </div>
        }
        @if (planResult(); as r) {
          <p role="status">
            {{
              'reports.project.done'
                | translate
                  : {
                      tasks: r.tasks,
                      dependencies: r.dependencies,
                      milestones: r.milestones,
                      assignments: r.assignments,
                    }
            }}
          </p>
          @if (r.warnings.length) {
            <ul>
              @for (w of r.warnings; track $index) {
                <li>{{ w }}</li>
              }
            </ul>
          }
        }
        @if (planProblem(); as detail) {
          <p role="alert">{{ detail }}</p>
        }
      </section>

      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{{ 'reports.feeds.title' | translate }}</h2>
        <p class="hint">{{ 'reports.feeds.text' | translate }}</p>
        <form class="actions" (ngSubmit)="createFeed()">
          <mat-form-field>
            <mat-label>{{ 'reports.feeds.name' | translate }}</mat-label>
            <input matInput name="feedName" [(ngModel)]="feedName" maxlength="200" />
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="!feedName.trim()">
            {{ 'reports.feeds.create' | translate }}
          </button>
        </form>
        @if (newFeedUrl(); as url) {
          <p role="status">{{ 'reports.feeds.created' | translate }}</p>
          <p class="url">{{ url }}</p>
        }
        @if (feeds().length) {
          <ul class="feeds">
            @for (feed of feeds(); track feed.id) {
              <li>
                {{ feed.name }} · {{ feed.createdAt | date: 'd MMM y' }}
                @if (feed.revokedAt) {
                  · {{ 'reports.feeds.revoked' | translate }}
                } @else {
                  <button mat-button type="button" (click)="revoke(feed)">
                    {{ 'reports.feeds.revoke' | translate }}
                  </button>
                }
              </li>
            }
          </ul>
        }
      </section>

      @if (error(); as message) {
        <p role="alert">{{ message | translate }}</p>
      }
    </div>
  `,
})
export class ReportsPageComponent {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  /** `?prognose=<id>`: the forecasts page links here with the run it shows. */
  private readonly requestedRun = inject(ActivatedRoute).snapshot.queryParamMap.get('prognose');

  protected readonly runs = signal<ForecastRun[] | null>(null);
  protected readonly feeds = signal<CalendarFeed[]>([]);
  protected readonly making = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly newFeedUrl = signal<string | null>(null);
  protected readonly canSeeAllocation = computed(() => this.auth.user()?.role !== 'staff');
  protected readonly canImport = computed(() => canEditPlan(this.auth.user()?.role));
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly imported = signal<number | null>(null);
  protected readonly importProblem = signal<string | null>(null);
  protected runId = '';
  protected feedName = '';
  protected importKind: 'staff-members' | 'wijken' = 'staff-members';
  protected importFile: File | null = null;
  protected readonly wijken = signal<{ id: string; name: string; cbsCode: string }[]>([]);
  protected readonly planResult = signal<PlanImportResult | null>(null);
  protected readonly planProblem = signal<string | null>(null);
  protected projectWijkId = '';
  protected planFile: File | null = null;

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    const page = await firstValueFrom(
      this.api.list<ForecastRun>('forecasts', { status: 'completed', pageSize: 20 }),
    );
    this.runs.set(page.items);
    this.runId = page.items.find((run) => run.id === this.requestedRun)?.id ?? page.items[0]?.id ?? '';
    await this.loadFeeds();
    this.wijken.set(
      await this.api.listAll<{ id: string; name: string; cbsCode: string }>('wijken', { sort: 'name' }),
    );
  }

  private async loadFeeds(): Promise<void> {
    const list = await firstValueFrom(this.api.get<{ items: CalendarFeed[] }>('calendar-feeds'));
    this.feeds.set(list.items);
  }

  /** Asks for the report; while the worker makes it (202), waits as long as Retry-After says and asks again. */
  protected async councilReport(): Promise<void> {
    if (!this.runId) return;
    this.making.set(true);
    this.error.set(null);
    try {
      for (let attempt = 0; attempt < 60; attempt++) {
        const res = await firstValueFrom(
          this.http.get(`${API_BASE}/forecasts/${this.runId}/council-report.pdf`, {
            observe: 'response',
            responseType: 'blob',
          }),
        );
        if (res.status === 200 && res.body) {
          this.save(res.body, `raadsrapport-${this.runId.slice(0, 8)}.pdf`);
          return;
        }
        const wait = Number(res.headers.get('Retry-After') ?? '2');
        await new Promise((resolve) => setTimeout(resolve, Math.min(10, Math.max(1, wait)) * 1000));
      }
      this.error.set('reports.council.timeout');
    } catch {
      this.error.set('reports.failed');
    } finally {
      this.making.set(false);
    }
  }

  protected async download(path: string, format: 'xlsx' | 'csv' | null): Promise<void> {
    this.error.set(null);
    try {
      const res: HttpResponse<Blob> = await firstValueFrom(
        this.http.get(`${API_BASE}/${path}`, {
          params: format ? { format } : {},
          observe: 'response',
          responseType: 'blob',
        }),
      );
      const name =
        /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ??
        `export.${format ?? 'xml'}`;
      if (res.body) this.save(res.body, name);
    } catch {
      this.error.set('reports.failed');
    }
  }

  protected async createFeed(): Promise<void> {
    const name = this.feedName.trim();
    if (!name) return;
    try {
      const created = await firstValueFrom(
        this.api.post<CalendarFeed & { path: string }>('calendar-feeds', { name }),
      );
      // The secret URL is shown once; the server keeps only its hash.
      this.newFeedUrl.set(`${location.origin}${created.path}`);
      this.feedName = '';
      await this.loadFeeds();
    } catch {
      this.error.set('reports.failed');
    }
  }

  protected async revoke(feed: CalendarFeed): Promise<void> {
    try {
      await firstValueFrom(this.http.delete(`${API_BASE}/calendar-feeds/${feed.id}`));
      await this.loadFeeds();
    } catch {
      this.error.set('reports.feeds.revokeFailed');
    }
  }

  protected chooseFile(event: Event): void {
    this.importFile = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.resetImport();
  }

  protected resetImport(): void {
    this.preview.set(null);
    this.imported.set(null);
    this.importProblem.set(null);
  }

  /** Checks the file without changing anything: every error by row and column. */
  protected async previewImport(): Promise<void> {
    if (!this.importFile) return;
    this.resetImport();
    try {
      this.preview.set(
        await firstValueFrom(
          this.http.post<ImportPreview>(`${API_BASE}/imports/${this.importKind}/preview`, this.upload()),
        ),
      );
    } catch (error) {
      this.importProblem.set(problemDetail(error));
      if (!this.importProblem()) this.error.set('reports.failed');
    }
  }

  /** All rows in one go, or nothing: the server refuses the whole file on any error. */
  protected async commitImport(): Promise<void> {
    if (!this.importFile) return;
    try {
      const result = await firstValueFrom(
        this.http.post<{ created: number }>(`${API_BASE}/imports/${this.importKind}`, this.upload()),
      );
      this.preview.set(null);
      this.imported.set(result.created);
    } catch (error) {
      this.importProblem.set(problemDetail(error));
      if (!this.importProblem()) this.error.set('reports.failed');
    }
  }

  protected choosePlan(event: Event): void {
    this.planFile = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.planResult.set(null);
    this.planProblem.set(null);
  }

  protected async downloadPlan(): Promise<void> {
    await this.download(`wijken/${this.projectWijkId}/project-plan`, null);
  }

  /** Adds the MS Project plan's tasks to the wijk, all or nothing; what the plan cannot hold is listed. */
  protected async importPlan(): Promise<void> {
    if (!this.planFile || !this.projectWijkId) return;
    this.planResult.set(null);
    this.planProblem.set(null);
    const body = new FormData();
    body.append('file', this.planFile, this.planFile.name);
    try {
      this.planResult.set(
        await firstValueFrom(
          this.http.post<PlanImportResult>(`${API_BASE}/wijken/${this.projectWijkId}/project-plan`, body),
        ),
      );
    } catch (error) {
      this.planProblem.set(problemDetail(error));
      if (!this.planProblem()) this.error.set('reports.failed');
    }
  }

  private upload(): FormData {
    const body = new FormData();
    body.append('file', this.importFile!, this.importFile!.name);
    return body;
  }

  private save(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
