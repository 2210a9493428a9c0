import { DatePipe, DecimalPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { QueueDashboard, QueueFailedJob, QueueOverview } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client.service';

/** The job queues for admins: how much waits and runs where, how long jobs take, what failed and why, and retry. */
@Component({
  selector: 'wk-queues-page',
  imports: [DatePipe, DecimalPipe, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page wide">
      <h1>{{ 'pages.queues.title' | translate }}</h1>
      <p class="hint">{{ 'queues.intro' | translate }}</p>
      <div class="actions">
        <button mat-stroked-button type="button" (click)="load()" [disabled]="loading()">
          {{ 'queues.refresh' | translate }}
        </button>
        <p role="status" aria-live="polite" class="hint">
          @if (dashboard(); as d) {
            {{ 'queues.updatedAt' | translate: { time: (d.at | date: 'HH:mm:ss') } }}
          }
          @if (message(); as m) {
            · {{ m | translate }}
          }
        </p>
      </div>
      @if (error(); as e) {
        <p class="wk-error" role="alert">{{ e | translate }}</p>
      }

      @if (dashboard(); as d) {
        <section aria-labelledby="counts-title">
          <h2 id="counts-title">{{ 'queues.countsTitle' | translate }}</h2>
          <div class="table-scroll">
            <table class="wk-table">
              <caption class="wk-visually-hidden">{{ 'queues.countsCaption' | translate }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'queues.columns.queue' | translate }}</th>
                  <th scope="col" class="num">{{ 'queues.columns.waiting' | translate }}</th>
                  <th scope="col" class="num">{{ 'queues.columns.active' | translate }}</th>
                  <th scope="col" class="num">{{ 'queues.columns.delayed' | translate }}</th>
                  <th scope="col" class="num">{{ 'queues.columns.completed' | translate }}</th>
                  <th scope="col" class="num">{{ 'queues.columns.failed' | translate }}</th>
                  <th scope="col" class="num">{{ 'queues.columns.workers' | translate }}</th>
                  <th scope="col">{{ 'queues.columns.durations' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (q of d.queues; track q.queue) {
                  <tr>
                    <th scope="row">
                      {{ 'queues.names.' + q.queue | translate }}
                      @if (q.paused) {
                        <span class="paused">({{ 'queues.paused' | translate }})</span>
                      }
                    </th>
                    <td class="num">{{ q.waiting + q.prioritized + q.waitingChildren | number }}</td>
                    <td class="num">{{ q.active | number }}</td>
                    <td class="num">{{ q.delayed | number }}</td>
                    <td class="num">{{ q.completed | number }}</td>
                    <td class="num">{{ q.failed | number }}</td>
                    <td class="num">{{ q.workers | number }}</td>
                    <td>
                      @for (t of q.durations; track t.job) {
                        <div>
                          {{ t.job }}:
                          {{ 'queues.duration' | translate: { p50: (t.p50Ms / 1000 | number: '1.1-1'), p95: (t.p95Ms / 1000 | number: '1.1-1'), count: t.count } }}
                        </div>
                      } @empty {
                        –
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="failed-title">
          <h2 id="failed-title">{{ 'queues.failedTitle' | translate }}</h2>
          <p class="hint">{{ 'queues.failedHint' | translate }}</p>
          @if (failed().length) {
            <div class="table-scroll">
              <table class="wk-table">
                <caption class="wk-visually-hidden">{{ 'queues.failedCaption' | translate }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'queues.columns.queue' | translate }}</th>
                    <th scope="col">{{ 'queues.columns.job' | translate }}</th>
                    <th scope="col">{{ 'queues.columns.failedAt' | translate }}</th>
                    <th scope="col" class="num">{{ 'queues.columns.attempts' | translate }}</th>
                    <th scope="col">{{ 'queues.columns.reason' | translate }}</th>
                    <th scope="col"><span class="wk-visually-hidden">{{ 'queues.columns.action' | translate }}</span></th>
                  </tr>
                </thead>
                <tbody>
                  @for (f of failed(); track f.queue + f.job.id) {
                    <tr>
                      <td>{{ 'queues.names.' + f.queue | translate }}</td>
                      <td><code>{{ f.job.id }}</code></td>
                      <td>{{ f.job.failedAt | date: 'dd-MM-yyyy HH:mm' }}</td>
                      <td class="num">{{ f.job.attemptsMade }}</td>
                      <td class="reason">{{ f.job.failedReason }}</td>
                      <td>
                        @if (f.job.retryable) {
                          <button
                            mat-stroked-button
                            type="button"
                            [disabled]="retrying() === f.job.id"
                            [attr.aria-label]="'queues.retryLabel' | translate: { job: f.job.id }"
                            (click)="retry(f.queue, f.job)"
                          >
                            {{ 'queues.retry' | translate }}
                          </button>
                        } @else {
                          <span class="hint">{{ 'queues.notRetryable' | translate }}</span>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else {
            <p>{{ 'queues.noFailed' | translate }}</p>
          }
        </section>
      }
    </div>
  `,
  styles: `
    .wide {
      max-width: 1400px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .reason {
      max-width: 40ch;
      overflow-wrap: anywhere;
    }
    .paused {
      font-weight: 400;
    }
  `,
})
export class QueuesPageComponent {
  private readonly api = inject(ApiClient);

  protected readonly dashboard = signal<QueueDashboard | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly retrying = signal<string | null>(null);

  /** Failed jobs of every queue in one list, newest first. */
  protected readonly failed = computed(() =>
    (this.dashboard()?.queues ?? [])
      .flatMap((q: QueueOverview) => q.failedJobs.map((job) => ({ queue: q.queue, job })))
      .sort((a, b) => (b.job.failedAt ?? '').localeCompare(a.job.failedAt ?? '')),
  );

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.dashboard.set(await firstValueFrom(this.api.get<QueueDashboard>('queues')));
      this.error.set(null);
    } catch (error) {
      this.error.set(error instanceof HttpErrorResponse && error.status === 403 ? 'errors.forbidden' : 'errors.loadFailed');
    } finally {
      this.loading.set(false);
    }
  }

  protected async retry(queue: string, job: QueueFailedJob): Promise<void> {
    this.retrying.set(job.id);
    try {
      await firstValueFrom(this.api.post<QueueFailedJob>(`queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(job.id)}/retry`, {}));
      this.message.set('queues.retried');
    } catch (error) {
      this.message.set(error instanceof HttpErrorResponse && error.status === 409 ? 'queues.retryConflict' : 'queues.retryFailed');
    } finally {
      this.retrying.set(null);
    }
    await this.load();
  }

}
