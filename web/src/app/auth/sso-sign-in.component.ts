import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { isSsoFailure, type SsoOrganisation } from '@wijkkracht/contracts';
import { catchError, map, of } from 'rxjs';
import { AUTH_API } from './auth.service';
import { safeReturnUrl } from './safe-return-url';

/**
 * "Sign in with your organisation": a link to the organisation's OpenID Connect provider (through the API's
 * start address, which keeps PKCE, state and nonce server-side). With one organisation on SSO it is one
 * button; with several the user picks theirs first. After a refused single sign-on it says why.
 */
@Component({
  selector: 'wk-sso-sign-in',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failure(); as reason) {
      <div class="sso-error" role="alert">
        <p>{{ 'sso.errors.' + reason | translate }}</p>
      </div>
    }
    @if (organisations().length > 0) {
      <section class="sso" [attr.aria-label]="'sso.section' | translate">
        <div class="divider" aria-hidden="true">{{ 'sso.or' | translate }}</div>
        @if (organisations().length > 1) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'sso.organisation' | translate }}</mat-label>
            <mat-select [value]="chosenId()" (valueChange)="chosenId.set($event)">
              @for (organisation of organisations(); track organisation.id) {
                <mat-option [value]="organisation.id">{{ organisation.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        @if (startUrl(); as url) {
          <a mat-stroked-button class="sso-button" [href]="url">
            {{ 'sso.button' | translate }}
            @if (organisations().length === 1) {
              <span class="wk-visually-hidden">: {{ organisations()[0].name }}</span>
            }
          </a>
        } @else {
          <p class="hint">{{ 'sso.chooseFirst' | translate }}</p>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .sso {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 24px;
    }
    .divider {
      display: flex;
      align-items: center;
      gap: 12px;
      margin: 0 0 8px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .divider::before,
    .divider::after {
      content: '';
      flex: 1 1 auto;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .sso-button {
      align-self: flex-start;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .sso-error p {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-left: 4px solid var(--mat-sys-error);
      border-radius: 4px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class SsoSignInComponent {
  private readonly route = inject(ActivatedRoute);

  /** Nothing when the list cannot be loaded: the password sign-in still works. */
  protected readonly organisations = toSignal(
    inject(HttpClient)
      .get<SsoOrganisation[]>(`${AUTH_API}/oidc/organisations`)
      .pipe(catchError(() => of([] as SsoOrganisation[]))),
    { initialValue: [] as SsoOrganisation[] },
  );
  protected readonly chosenId = signal<string | null>(null);
  /** The reason the API sent the browser back with; an unknown value says nothing rather than something wrong. */
  protected readonly failure = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('sso-fout')), map((reason) => (isSsoFailure(reason) ? reason : null))),
    { initialValue: null },
  );

  protected readonly startUrl = computed(() => {
    const list = this.organisations();
    const organisation = list.length === 1 ? list[0] : list.find((o) => o.id === this.chosenId());
    if (!organisation) return null;
    const returnTo = safeReturnUrl(this.route.snapshot.queryParamMap.get('terug'));
    const query = returnTo === '/dashboard' ? '' : `?terug=${encodeURIComponent(returnTo)}`;
    return `${AUTH_API}/oidc/${encodeURIComponent(organisation.cbsCode)}/start${query}`;
  });
}
