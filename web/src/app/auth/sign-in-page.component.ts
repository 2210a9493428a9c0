import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { isProblem } from '@wijkkracht/contracts';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { AuthService } from './auth.service';

/** Angular's e-mail check accepts `name@host`; the API wants a domain with a dot, so say so here, in Dutch, before sending. */
const EMAIL_WITH_DOMAIN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A message to show: either a translation key (our own text) or the API's own words (its problem detail). */
type Message = { key: string } | { text: string };

@Component({
  selector: 'wk-sign-in-page',
  imports: [
    LanguageSwitchComponent,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.component.html',
  styleUrl: './sign-in-page.component.scss',
})
export class SignInPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.pattern(EMAIL_WITH_DOMAIN)],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly busy = signal(false);
  protected readonly formError = signal<Message | null>(null);

  protected submit(): void {
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.busy.set(true);
    this.auth.login(this.form.getRawValue()).subscribe({
      next: () => void this.router.navigateByUrl(this.returnUrl()),
      error: (error: unknown) => {
        this.busy.set(false);
        this.showError(error);
      },
    });
  }

  /** The rule a field breaks, as text next to it: our own checks first, then what the API said. */
  protected fieldError(control: AbstractControl): Message | null {
    const errors = control.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return { text: errors['server'] };
    if (errors['required'])
      return {
        key:
          control === this.form.controls.email
            ? 'signIn.errors.emailRequired'
            : 'signIn.errors.passwordRequired',
      };
    if (errors['email'] || errors['pattern']) return { key: 'signIn.errors.emailInvalid' };
    return null;
  }

  protected isKey(message: Message): message is { key: string } {
    return 'key' in message;
  }

  private showError(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) {
      this.formError.set({ key: 'signIn.errors.unexpected' });
      return;
    }
    const problem = isProblem(error.error) ? error.error : null;
    const mapped = this.mapInvalidParams(problem?.invalidParams ?? []);
    if (mapped) {
      this.focusFirstInvalidField();
      return;
    }
    if (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504) {
      this.formError.set({ key: 'signIn.errors.unreachable' });
    } else if (problem?.detail && error.status < 500) {
      this.formError.set({ text: problem.detail });
    } else if (error.status === 401) {
      this.formError.set({ key: 'signIn.errors.invalidCredentials' });
    } else {
      this.formError.set({ key: 'signIn.errors.unexpected' });
    }
  }

  /** Puts each of the API's field errors next to its field; true when at least one field matched. */
  private mapInvalidParams(params: readonly { name: string; reason: string }[]): boolean {
    let matched = false;
    for (const param of params) {
      const control = this.form.get(param.name);
      if (!control) continue;
      control.setErrors({ ...(control.errors ?? {}), server: param.reason });
      control.markAsTouched();
      matched = true;
    }
    return matched;
  }

  private focusFirstInvalidField(): void {
    // After the error texts render, so the screen reader reads the field together with its error.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>('input.ng-invalid')?.focus());
  }

  /** Back to where the guard stopped the user, but only within this app (no open redirect). */
  private returnUrl(): string {
    const back = this.route.snapshot.queryParamMap.get('terug');
    return back && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/inloggen')
      ? back
      : '/dashboard';
  }
}
