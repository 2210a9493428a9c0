import { DatePipe } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  API_TOKEN_DEFAULT_DAYS,
  grantableTokenRoles,
  type ApiTokenView,
  type CreateApiTokenRequest,
  type CreatedApiToken,
  type Role,
} from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { API_BASE, ApiClient } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import type { FieldReason } from '../ui/field-reason';
import { focusFirstError } from '../ui/focus-first-error';
import { Message, problemMessages } from '../ui/problem-messages';
import { MessagePipe } from '../ui/message.pipe';

type Field = 'name' | 'role' | 'expiresInDays';
const FIELDS: readonly Field[] = ['name', 'role', 'expiresInDays'];
const LIFETIMES = [7, 30, API_TOKEN_DEFAULT_DAYS, 180, 365] as const;

/** Personal API tokens: make one (its secret shown once, with a copy button), see your tokens, revoke one. */
@Component({
  selector: 'wk-api-tokens-page',
  imports: [DatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, MessagePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    section {
      margin: 0 0 32px;
      max-width: 960px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: flex-start;
    }
    form button {
      margin-top: 8px;
    }
    .name {
      min-width: 280px;
    }
    .secret {
      margin: 16px 0;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .secret code {
      display: block;
      margin: 8px 0 12px;
      word-break: break-all;
      font-size: 0.95rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 8px;
    }
    th,
    td {
      text-align: left;
      padding: 8px 12px 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    .confirm {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .table-scroll {
      overflow-x: auto;
    }
  `,
  template: `
    <div class="wk-page">
      <h1>{{ 'apiTokens.title' | translate }}</h1>
      <p class="hint">{{ 'apiTokens.intro' | translate }}</p>

      <section aria-labelledby="create-heading">
        <h2 id="create-heading">{{ 'apiTokens.create.title' | translate }}</h2>
        <div role="alert">
          @if (formError(); as message) {
            <p>{{ message | message }}</p>
          }
        </div>
        <form [formGroup]="form" (ngSubmit)="create()" novalidate>
          <mat-form-field class="name">
            <mat-label>{{ 'apiTokens.create.name' | translate }}</mat-label>
            <input matInput formControlName="name" maxlength="100" required />
            <mat-hint>{{ 'apiTokens.create.nameHint' | translate }}</mat-hint>
            @if (fieldError('name'); as reason) {
              <mat-error>{{ reason.key | translate: reason.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'apiTokens.create.role' | translate }}</mat-label>
            <mat-select formControlName="role">
              @for (role of roles(); track role) {
                <mat-option [value]="role">{{ 'roles.' + role | translate }}</mat-option>
              }
            </mat-select>
            @if (fieldError('role'); as reason) {
              <mat-error>{{ reason.key | translate: reason.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'apiTokens.create.expiry' | translate }}</mat-label>
            <mat-select formControlName="expiresInDays">
              @for (days of lifetimes; track days) {
                <mat-option [value]="days">{{ 'apiTokens.create.days' | translate: { days } }}</mat-option>
              }
            </mat-select>
            @if (fieldError('expiresInDays'); as reason) {
              <mat-error>{{ reason.key | translate: reason.params }}</mat-error>
            }
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'apiTokens.create.submit' | translate }}</button>
        </form>

        @if (created(); as token) {
          <div class="secret" role="status">
            <p>
              <strong>{{ 'apiTokens.secret.title' | translate: { name: token.name } }}</strong>
              {{ 'apiTokens.secret.once' | translate }}
            </p>
            <code id="new-token-secret" tabindex="0" [attr.aria-label]="'apiTokens.secret.label' | translate">{{ token.token }}</code>
            <button mat-stroked-button type="button" aria-describedby="new-token-secret" (click)="copy(token.token)">
              {{ 'apiTokens.secret.copy' | translate }}
            </button>
            <span aria-live="polite">
              @if (copied() === true) {
                {{ 'apiTokens.secret.copied' | translate }}
              } @else if (copied() === false) {
                {{ 'apiTokens.secret.copyFailed' | translate }}
              }
            </span>
            <p class="hint">{{ 'apiTokens.secret.usage' | translate }}</p>
          </div>
        }
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{{ 'apiTokens.list.title' | translate }}</h2>
        @if (listError()) {
          <p role="alert">{{ 'errors.loadFailed' | translate }}</p>
        }
        @if (tokens(); as list) {
          @if (list.length === 0) {
            <p>{{ 'apiTokens.list.empty' | translate }}</p>
          } @else {
            <div class="table-scroll">
              <table>
                <caption class="wk-visually-hidden">{{ 'apiTokens.list.caption' | translate }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'apiTokens.list.name' | translate }}</th>
                    <th scope="col">{{ 'apiTokens.list.role' | translate }}</th>
                    <th scope="col">{{ 'apiTokens.list.created' | translate }}</th>
                    <th scope="col">{{ 'apiTokens.list.expires' | translate }}</th>
                    <th scope="col">{{ 'apiTokens.list.status' | translate }}</th>
                    <th scope="col"><span class="wk-visually-hidden">{{ 'apiTokens.list.actions' | translate }}</span></th>
                  </tr>
                </thead>
                <tbody>
                  @for (token of list; track token.id) {
                    <tr>
                      <th scope="row">{{ token.name }}</th>
                      <td>{{ 'roles.' + token.role | translate }}</td>
                      <td>{{ token.createdAt | date: 'd MMM y' }}</td>
                      <td>{{ token.expiresAt | date: 'd MMM y' }}</td>
                      <td>{{ 'apiTokens.status.' + status(token) | translate }}</td>
                      <td>
                        @if (status(token) === 'active') {
                          @if (confirming() === token.id) {
                            <span class="confirm">
                              <span>{{ 'apiTokens.revoke.question' | translate }}</span>
                              <button mat-flat-button type="button" (click)="revoke(token)">
                                {{ 'apiTokens.revoke.confirm' | translate: { name: token.name } }}
                              </button>
                              <button mat-button type="button" (click)="confirming.set(null)">
                                {{ 'apiTokens.revoke.cancel' | translate }}
                              </button>
                            </span>
                          } @else {
                            <button mat-button type="button" (click)="confirming.set(token.id)">
                              {{ 'apiTokens.revoke.action' | translate: { name: token.name } }}
                            </button>
                          }
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
        <div role="status">
          @if (revokedName(); as name) {
            <p>{{ 'apiTokens.revoke.done' | translate: { name } }}</p>
          }
        </div>
        @if (revokeError(); as message) {
          <p role="alert">{{ message | message }}</p>
        }
      </section>
    </div>
  `,
})
export class ApiTokensPageComponent {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly auth = inject(AuthService);
  private readonly ownRole = computed<Role>(() => this.auth.user()?.role ?? 'viewer');

  protected readonly roles = computed(() => grantableTokenRoles(this.ownRole()));
  protected readonly lifetimes = LIFETIMES;

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    role: new FormControl<Role>(this.ownRole(), { nonNullable: true }),
    expiresInDays: new FormControl<number>(API_TOKEN_DEFAULT_DAYS, { nonNullable: true }),
  });

  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly tokens = signal<ApiTokenView[] | null>(null);
  protected readonly listError = signal(false);
  protected readonly busy = signal(false);
  protected readonly formError = signal<Message | null>(null);
  private readonly serverErrors = signal<Partial<Record<Field, FieldReason>>>({});
  protected readonly created = signal<CreatedApiToken | null>(null);
  protected readonly copied = signal<boolean | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly revokedName = signal<string | null>(null);
  protected readonly revokeError = signal<Message | null>(null);

  constructor() {
    void this.load();
  }

  protected status(token: ApiTokenView): 'active' | 'expired' | 'revoked' {
    if (token.revokedAt) return 'revoked';
    return Date.parse(token.expiresAt) <= Date.now() ? 'expired' : 'active';
  }

  protected fieldError(field: Field): FieldReason | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const errors = this.form.controls[field].errors;
    if (errors?.['required']) return { key: 'fieldErrors.required' };
    if (errors?.['maxlength']) return { key: 'fieldErrors.length', params: { value: '1', other: '100' } };
    return null;
  }

  protected async create(): Promise<void> {
    this.formError.set(null);
    this.clearServerErrors();
    this.form.controls.name.setValue(this.form.controls.name.value.trim());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstError(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    this.created.set(null);
    this.copied.set(null);
    try {
      const body: CreateApiTokenRequest = this.form.getRawValue();
      const token = await firstValueFrom(this.api.post<CreatedApiToken>('api-tokens', body));
      this.created.set(token);
      // A fresh form for the next token: empty name, not marked as submitted or in error.
      const { role, expiresInDays } = this.form.getRawValue();
      this.formDirective().resetForm({ name: '', role, expiresInDays });
      await this.load();
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async copy(secret: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret);
      this.copied.set(true);
    } catch {
      // No clipboard permission (or an insecure context): the secret stays selectable on the page.
      this.copied.set(false);
    }
  }

  protected async revoke(token: ApiTokenView): Promise<void> {
    this.revokeError.set(null);
    this.revokedName.set(null);
    try {
      await firstValueFrom(this.http.delete(`${API_BASE}/api-tokens/${token.id}`));
      this.confirming.set(null);
      this.revokedName.set(token.name);
      if (this.created()?.id === token.id) this.created.set(null);
      await this.load();
    } catch (error) {
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
      this.revokeError.set(problemMessages(status, body, []).formMessage);
    }
  }

  private async load(): Promise<void> {
    try {
      this.tokens.set((await firstValueFrom(this.api.get<{ items: ApiTokenView[] }>('api-tokens'))).items);
      this.listError.set(false);
    } catch {
      this.listError.set(true);
    }
  }

  private showError(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) {
      this.formError.set({ key: 'errors.unexpected' });
      return;
    }
    const { formMessage, fieldErrors } = problemMessages(error.status, error.error, FIELDS);
    for (const name of Object.keys(fieldErrors)) {
      this.form.controls[name as Field].setErrors({ server: true });
      this.form.controls[name as Field].markAsTouched();
    }
    this.serverErrors.set(fieldErrors as Partial<Record<Field, FieldReason>>);
    this.formError.set(formMessage);
    if (!formMessage) focusFirstError(this.host.nativeElement);
  }

  private clearServerErrors(): void {
    this.serverErrors.set({});
    for (const field of FIELDS) {
      const control = this.form.controls[field];
      if (control.hasError('server')) control.setErrors(null);
    }
  }
}
