import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { isProblem, type CreateForecastResponse, type ForecastRun, type RunProgressEvent } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { API_BASE, ApiClient } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { canEditPlan } from '../auth/permissions';
import { EmptyStateComponent } from '../ui/empty-state.component';
import { fieldErrorState } from '../ui/field-error-state';
import { fieldReason, type FieldReason } from '../ui/field-reason';
import { focusFirstError } from '../ui/focus-first-error';
import { runPhaseMessage } from '../ui/run-phase';
import { MessagePipe } from '../ui/message.pipe';
import { readServerSentEvents } from './server-sent-events';

type Field = 'simulations' | 'seed' | 'form';
const ENDED = new Set(['completed', 'failed', 'cancelled']);

/** Start a forecast, follow it live (pushed by the server), and read the outcome per milestone. */
@Component({
  selector: 'wk-forecasts-page',
  imports: [
    DatePipe,
    DecimalPipe,
    EmptyStateComponent,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PercentPipe,
    RouterLink,
    MessagePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forecasts-page.component.html',
  styles: `
    .wide {
      max-width: 1400px;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: flex-start;
    }
    .live {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin: 16px 0;
    }
    .phase {
      margin: 8px 0 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    button.link {
      background: none;
      border: 0;
      padding: 0;
      color: var(--mat-sys-primary);
      text-decoration: underline;
      cursor: pointer;
      font: inherit;
    }
    .late {
      font-weight: 600;
    }
  `,
})
export class ForecastsPageComponent {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private streamAbort: AbortController | null = null;

  protected readonly canStart = computed(() => canEditPlan(this.auth.user()?.role));
  protected readonly runs = signal<ForecastRun[] | null>(null);
  protected readonly selected = signal<ForecastRun | null>(null);
  protected readonly live = signal<RunProgressEvent | null>(null);
  protected readonly phaseMessage = runPhaseMessage;
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Partial<Record<Field, FieldReason>>>({});
  protected readonly errorState = {
    simulations: fieldErrorState(this.errors, 'simulations'),
    seed: fieldErrorState(this.errors, 'seed'),
  };
  protected readonly starting = signal(false);
  protected readonly reused = signal(false);
  protected simulations: number | null = 500;
  protected seed: number | null = 1;

  protected readonly milestones = computed(() =>
    [...(this.selected()?.result?.milestones ?? [])].sort((a, b) => a.probabilityOnTime - b.probabilityOnTime),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.streamAbort?.abort());
    void this.loadRuns();
  }

  protected async start(): Promise<void> {
    const errors: Partial<Record<Field, FieldReason>> = {};
    const simulations = Number(this.simulations);
    const seed = Number(this.seed);
    if (!Number.isInteger(simulations) || simulations < 1 || simulations > 5000)
      errors.simulations = { key: 'fieldErrors.between', params: { value: '1', other: '5000' } };
    if (!Number.isInteger(seed) || seed < 0) errors.seed = { key: 'fieldErrors.integer' };
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError();
      return;
    }
    this.starting.set(true);
    try {
      const started = await firstValueFrom(
        this.api.post<CreateForecastResponse>('forecasts', { simulations, seed }),
      );
      this.reused.set(started.reused);
      this.live.set({ id: started.id, status: started.status, progress: 0, phase: '' });
      void this.follow(started.id);
    } catch (error) {
      this.errors.set(this.toErrors(error));
      focusFirstError();
    } finally {
      this.starting.set(false);
    }
  }

  protected async cancel(): Promise<void> {
    const live = this.live();
    if (!live) return;
    try {
      await firstValueFrom(this.api.post<ForecastRun>(`forecasts/${live.id}/cancel`, {}));
    } catch {
      // Already ended: the stream reports how.
    }
  }

  protected async select(run: ForecastRun): Promise<void> {
    this.selected.set(await firstValueFrom(this.api.get<ForecastRun>(`forecasts/${run.id}`)));
  }

  /** Follows the run's pushed progress until it ends, then shows its outcome. */
  private async follow(id: string): Promise<void> {
    this.streamAbort?.abort();
    const abort = new AbortController();
    this.streamAbort = abort;
    try {
      await readServerSentEvents(
        `${API_BASE}/forecasts/${id}/events`,
        {}, // the session cookie goes with the request (same origin); a GET needs no CSRF header
        (event) => {
          if (event.type === 'progress') this.live.set(JSON.parse(event.data) as RunProgressEvent);
        },
        abort.signal,
      );
    } catch {
      if (abort.signal.aborted) return;
    }
    // The stream may end without a final event (network); the run itself is the truth.
    const run = await firstValueFrom(this.api.get<ForecastRun>(`forecasts/${id}`));
    this.live.set({ id, status: run.status, progress: run.progress, phase: run.phase, error: run.error });
    if (ENDED.has(run.status)) {
      await this.loadRuns();
      if (run.status === 'completed') this.selected.set(run);
    }
  }

  private toErrors(error: unknown): Partial<Record<Field, FieldReason>> {
    if (!(error instanceof HttpErrorResponse)) return { form: { key: 'errors.unexpected' } };
    const errors: Partial<Record<Field, FieldReason>> = {};
    if (isProblem(error.error)) {
      for (const param of error.error.invalidParams ?? []) {
        if (param.name === 'simulations' || param.name === 'seed') errors[param.name] = fieldReason(param.reason);
      }
    }
    if (Object.keys(errors).length > 0) return errors;
    if (error.status === 503 || error.status === 0) return { form: { key: 'forecasts.queueDown' } };
    if (error.status === 403) return { form: { key: 'errors.forbidden' } };
    return { form: { key: 'errors.unexpected' } };
  }

  private async loadRuns(): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.list<ForecastRun>('forecasts', { pageSize: 20 }));
      this.runs.set(page.items);
      const running = page.items.find((run) => !ENDED.has(run.status));
      if (running && !this.live()) {
        this.live.set({ id: running.id, status: running.status, progress: running.progress, phase: running.phase });
        void this.follow(running.id);
      }
      const latest = page.items.find((run) => run.status === 'completed');
      if (latest && !this.selected()) await this.select(latest);
    } catch {
      this.error.set('errors.loadFailed');
    }
  }
}
