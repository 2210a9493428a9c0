import { DatePipe } from '@angular/common';
import { HttpClient, HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AuditEventQuery, AuditEventView, Page } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { API_BASE } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { EmptyStateComponent } from '../ui/empty-state.component';
import type { FieldReason } from '../ui/field-reason';
import { type Message, problemMessages } from '../ui/problem-messages';
import { MessagePipe } from '../ui/message.pipe';
import { actionKey, auditDiff, type AuditDiffRow } from './audit-diff';

const PAGE_SIZE = 25;
const FILTER_FIELDS = ['from', 'to', 'actorEmail', 'action', 'entityType', 'entityId'] as const;

/** Action groups to filter on (an action or the beginning of several, as the API takes them). */
export const ACTION_FILTERS = [
  'auth.login',
  'auth.login.failed',
  'auth.account.locked',
  'user',
  'user.role_changed',
  'api-token',
  'sso-config',
] as const;

/** Kinds of record in the audit log, as the API names them. */
export const ENTITY_TYPES = [
  'wijk',
  'task',
  'task-dependency',
  'milestone',
  'staff-member',
  'leave-period',
  'assignment',
  'team',
  'discipline',
  'process-template',
  'scenario',
  'baseline',
  'organisation',
  'user',
  'api-token',
  'calendar-feed',
  'sso-config',
] as const;

/** Actions with a description of their own; others read as "<record> <verb>" (e.g. "Wijk gewijzigd"). */
const OWN_DESCRIPTIONS = new Set([
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.login.refused',
  'auth.account.locked',
  'user.role_changed',
  'user.activated',
  'user.deactivated',
  'user.password_changed',
  'scenario.promoted',
  'import.staff-members',
  'import.wijken',
  'import.mspdi',
]);
const VERBS = new Set(['created', 'updated', 'deleted', 'revoked']);

type Filters = Required<Omit<AuditEventQuery, 'actorId'>>;
const NO_FILTERS: Filters = { from: '', to: '', actorEmail: '', action: '', entityType: '', entityId: '' };

/** The organisation's audit log for its admins: who did what and when, with before and after; filtered, paged, exported. */
@Component({
  selector: 'wk-audit-log-page',
  imports: [
    DatePipe,
    EmptyStateComponent,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MessagePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-page.component.html',
  styleUrl: './audit-log-page.component.scss',
})
export class AuditLogPageComponent {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly auth = inject(AuthService);

  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
  protected readonly actionFilters = ACTION_FILTERS;
  protected readonly entityTypes = ENTITY_TYPES;
  protected readonly actionKey = actionKey;

  /** What the form holds; `applied` is what the table shows (set on Filter). */
  protected filters: Filters = { ...NO_FILTERS };
  protected readonly applied = signal<Filters>({ ...NO_FILTERS });
  protected readonly page = signal<Page<AuditEventView> | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly fieldErrors = signal<Record<string, FieldReason>>({});
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly exporting = signal<'xlsx' | 'csv' | null>(null);

  protected readonly pages = computed(() => {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });

  constructor() {
    if (this.isAdmin()) void this.load(1);
  }

  protected async applyFilters(): Promise<void> {
    this.applied.set({ ...this.filters, actorEmail: this.filters.actorEmail.trim(), entityId: this.filters.entityId.trim() });
    await this.load(1);
  }

  protected async clearFilters(): Promise<void> {
    this.filters = { ...NO_FILTERS };
    await this.applyFilters();
  }

  protected async load(pageNumber: number): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    try {
      this.page.set(
        await firstValueFrom(
          this.http.get<Page<AuditEventView>>(`${API_BASE}/audit-events`, {
            params: { ...this.params(), page: pageNumber, pageSize: PAGE_SIZE },
          }),
        ),
      );
      this.expanded.set(new Set());
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected toggle(event: AuditEventView): void {
    const next = new Set(this.expanded());
    if (next.has(event.id)) next.delete(event.id);
    else next.add(event.id);
    this.expanded.set(next);
  }

  protected diff(event: AuditEventView): AuditDiffRow[] {
    return auditDiff(event.before, event.after);
  }

  /** The Dutch or English description of an action; the action itself when it is new to the web app. */
  protected describe(action: string): string {
    if (OWN_DESCRIPTIONS.has(action)) return this.translate.instant(`auditLog.actions.${actionKey(action)}`) as string;
    const dot = action.lastIndexOf('.');
    const entity = action.slice(0, dot);
    const verb = action.slice(dot + 1);
    if (!(ENTITY_TYPES as readonly string[]).includes(entity) || !VERBS.has(verb)) return action;
    return this.translate.instant('auditLog.generic', {
      entity: this.translate.instant(`auditLog.entities.${actionKey(entity)}`),
      verb: this.translate.instant(`auditLog.verbs.${verb}`),
    }) as string;
  }

  protected entityName(entityType: string | null): string {
    if (!entityType) return '—';
    return (ENTITY_TYPES as readonly string[]).includes(entityType)
      ? (this.translate.instant(`auditLog.entities.${actionKey(entityType)}`) as string)
      : entityType;
  }

  /** Downloads the log with the filters the table shows (the server streams it; at most 100,000 events). */
  protected async download(format: 'xlsx' | 'csv'): Promise<void> {
    this.exporting.set(format);
    this.error.set(null);
    try {
      const res: HttpResponse<Blob> = await firstValueFrom(
        this.http.get(`${API_BASE}/audit-events/export`, {
          params: { ...this.params(), format },
          observe: 'response',
          responseType: 'blob',
        }),
      );
      if (res.body) save(res.body, `auditlog.${format}`);
    } catch (error) {
      // A refused export answers problem+json, which arrives here as a Blob.
      if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
        let body: unknown = null;
        try {
          body = JSON.parse(await error.error.text());
        } catch {
          body = null;
        }
        this.showProblem(new HttpErrorResponse({ status: error.status, error: body }));
      } else {
        this.showProblem(error);
      }
    } finally {
      this.exporting.set(null);
    }
  }

  private params(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.applied()).filter(([, value]) => value !== ''));
  }

  private showProblem(error: unknown): void {
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    const body = error instanceof HttpErrorResponse ? error.error : null;
    const { formMessage, fieldErrors } = problemMessages(status, body, FILTER_FIELDS, { 403: 'errors.forbidden' });
    this.fieldErrors.set(fieldErrors);
    this.error.set(formMessage ?? { key: 'auditLog.checkFilters' });
  }
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
