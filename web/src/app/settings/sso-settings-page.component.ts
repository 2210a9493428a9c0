import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { ROLES, type Role, type SsoConfig, type UpdateSsoConfigRequest } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { API_BASE } from '../api/api-client.service';
import { AuthService } from '../auth/auth.service';
import { fieldErrorState } from '../ui/field-error-state';
import type { FieldReason } from '../ui/field-reason';
import { focusFirstError } from '../ui/focus-first-error';
import { type Message, isTranslationKey, problemMessages } from '../ui/problem-messages';
import { MessagePipe } from '../ui/message.pipe';
import { SSO_REASON_KEYS } from './sso-field-reason';

const SSO_API = `${API_BASE}/organisation/sso`;
const FIELDS = ['issuerUrl', 'clientId', 'clientSecret', 'scopes', 'roleClaim', 'defaultRole', 'enabled'] as const;

type RuleGroup = FormGroup<{ claimValue: FormControl<string>; role: FormControl<Role> }>;

/**
 * The organisation's single sign-on (OpenID Connect), for its admins: the provider, the client (the secret
 * is write-only: the page only says whether one is stored), and which claim values give which role.
 */
@Component({
  selector: 'wk-sso-settings-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    MessagePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sso-settings-page.component.html',
  styleUrl: './sso-settings-page.component.scss',
})
export class SsoSettingsPageComponent {
  private readonly http = inject(HttpClient);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly auth = inject(AuthService);
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
  protected readonly roles = ROLES;

  protected readonly config = signal<SsoConfig | null>(null);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly formError = signal<Message | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly fieldErrors = signal<Record<string, FieldReason>>({});
  protected readonly isKey = isTranslationKey;

  protected readonly form = new FormGroup({
    enabled: new FormControl(false, { nonNullable: true }),
    issuerUrl: new FormControl('', { nonNullable: true }),
    clientId: new FormControl('', { nonNullable: true }),
    clientSecret: new FormControl('', { nonNullable: true }),
    scopes: new FormControl('openid email profile', { nonNullable: true }),
    roleClaim: new FormControl('groups', { nonNullable: true }),
    defaultRole: new FormControl<Role | ''>('', { nonNullable: true }),
    roleMapping: new FormArray<RuleGroup>([]),
  });

  protected readonly errorState = Object.fromEntries(
    FIELDS.map((field) => [field, fieldErrorState(this.fieldErrors, field)]),
  ) as Record<(typeof FIELDS)[number], ReturnType<typeof fieldErrorState>>;

  constructor() {
    // The role is known before any page of the shell renders (the guard restored the session).
    if (this.isAdmin()) void this.load();
  }

  protected ruleErrorState(index: number, field: 'claimValue' | 'role') {
    return fieldErrorState(this.fieldErrors, `roleMapping.${index}.${field}`);
  }

  protected addRule(): void {
    this.form.controls.roleMapping.push(this.rule('', 'staff'));
    const index = this.form.controls.roleMapping.length - 1;
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#sso-rule-${index}-value`)?.focus());
  }

  protected removeRule(index: number): void {
    this.form.controls.roleMapping.removeAt(index);
    this.fieldErrors.set({});
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.apply(await firstValueFrom(this.http.get<SsoConfig>(SSO_API)));
    } catch (error) {
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      this.loadError.set(problemMessages(status, error instanceof HttpErrorResponse ? error.error : null, []).formMessage);
    }
  }

  protected async save(): Promise<void> {
    const current = this.config();
    if (!current) return;
    this.formError.set(null);
    this.saved.set(false);
    this.fieldErrors.set({});
    const value = this.form.getRawValue();
    const body: UpdateSsoConfigRequest = {
      version: current.version,
      enabled: value.enabled,
      issuerUrl: value.issuerUrl.trim(),
      clientId: value.clientId.trim(),
      scopes: value.scopes.split(/[\s,]+/).filter(Boolean),
      roleClaim: value.roleClaim.trim(),
      roleMapping: value.roleMapping.map((rule) => ({ claimValue: rule.claimValue.trim(), role: rule.role })),
      defaultRole: value.defaultRole === '' ? null : value.defaultRole,
      ...(value.clientSecret !== '' && { clientSecret: value.clientSecret }),
    };
    this.busy.set(true);
    try {
      this.apply(await firstValueFrom(this.http.put<SsoConfig>(SSO_API, body)));
      this.saved.set(true);
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private showError(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) {
      this.formError.set({ key: 'errors.unexpected' });
      return;
    }
    const ruleFields = this.form.controls.roleMapping.controls.flatMap((_, i) => [`roleMapping.${i}.claimValue`, `roleMapping.${i}.role`]);
    const { formMessage, fieldErrors } = problemMessages(
      error.status,
      error.error,
      [...FIELDS, 'roleMapping', ...ruleFields],
      { 409: 'ssoSettings.conflict' },
      SSO_REASON_KEYS,
    );
    this.fieldErrors.set(fieldErrors);
    if (error.status === 409) {
      // A stale version: the page cannot know what changed, so it offers to reload instead of guessing.
      this.formError.set({ key: 'ssoSettings.conflict' });
    } else if (fieldErrors['roleMapping']) {
      this.formError.set(fieldErrors['roleMapping']);
    } else {
      this.formError.set(formMessage);
      if (!formMessage) focusFirstError(this.host.nativeElement);
    }
  }

  private apply(config: SsoConfig): void {
    this.config.set(config);
    this.form.controls.roleMapping.clear();
    for (const rule of config.roleMapping) this.form.controls.roleMapping.push(this.rule(rule.claimValue, rule.role));
    this.form.patchValue({
      enabled: config.enabled,
      issuerUrl: config.issuerUrl ?? '',
      clientId: config.clientId ?? '',
      clientSecret: '',
      scopes: config.scopes.join(' '),
      roleClaim: config.roleClaim,
      defaultRole: config.defaultRole ?? '',
    });
  }

  private rule(claimValue: string, role: Role): RuleGroup {
    return new FormGroup({
      claimValue: new FormControl(claimValue, { nonNullable: true }),
      role: new FormControl<Role>(role, { nonNullable: true }),
    });
  }
}
