import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { Message, problemMessages } from '../ui/problem-messages';
import { MessagePipe } from '../ui/message.pipe';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './safe-return-url';
import { SsoSignInComponent } from './sso-sign-in.component';

/** Angular's e-mail check accepts `name@host`; the API wants a domain with a dot, so say so here, in Dutch, before sending. */
const EMAIL_WITH_DOMAIN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

type SignInField = 'email' | 'password';
const REQUIRED_MESSAGE: Record<SignInField, string> = {
  email: 'signIn.errors.emailRequired',
  password: 'signIn.errors.passwordRequired',
};

@Component({
  selector: 'wk-sign-in-page',
  imports: [
    LanguageSwitchComponent,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    SsoSignInComponent,
    MessagePipe,
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
      next: () =>
        void this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('terug'))),
      error: (error: unknown) => {
        this.busy.set(false);
        this.showError(error);
      },
    });
  }

  /** The rule a field breaks, as text next to it: what the API said, else our own checks. */
  protected fieldError(field: SignInField): Message | null {
    const errors = this.form.controls[field].errors;
    if (!errors) return null;
    if (errors['server']) return errors['server'] as Message;
    if (errors['required']) return { key: REQUIRED_MESSAGE[field] };
    if (errors['email'] || errors['pattern']) return { key: 'signIn.errors.emailInvalid' };
    return null;
  }

  private showError(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) {
      this.formError.set({ key: 'errors.unexpected' });
      return;
    }
    const { formMessage, fieldErrors } = problemMessages(
      error.status,
      error.error,
      Object.keys(this.form.controls),
      {
        401: 'signIn.errors.invalidCredentials',
      },
    );
    for (const [name, reason] of Object.entries(fieldErrors)) {
      const control = this.form.get(name);
      control?.setErrors({ ...(control.errors ?? {}), server: reason });
      control?.markAsTouched();
    }
    this.formError.set(formMessage);
    if (!formMessage) this.focusFirstInvalidField();
  }

  private focusFirstInvalidField(): void {
    // After the error texts render, so the screen reader reads the field together with its error.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>('input.ng-invalid')?.focus());
  }
}
