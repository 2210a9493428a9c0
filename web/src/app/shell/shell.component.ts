import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, map, skip } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { navItemsFor } from './nav-items';

/** Below this width (tablet portrait and phones) the side navigation becomes an overlay behind the menu button. */
const NARROW_SCREEN = '(max-width: 959.98px)';

/** The frame around every signed-in page: toolbar, side navigation and the main landmark. */
@Component({
  selector: 'wk-shell',
  imports: [
    LanguageSwitchComponent,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly sidenav = viewChild.required(MatSidenav);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly user = this.auth.user;
  protected readonly navItems = computed(() => navItemsFor(this.user()?.role));
  protected readonly roleKey = computed(() => `roles.${this.user()?.role ?? 'viewer'}`);
  protected readonly isNarrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_SCREEN)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Mirrors the side navigation's state for `aria-expanded`, also when it closes by Escape or the backdrop. */
  protected readonly menuOpen = signal(false);

  constructor() {
    // After moving to another page, start the keyboard and screen reader at its content, not at the menu.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => setTimeout(() => this.main().nativeElement.focus({ preventScroll: true })));
  }

  /** Moves focus into the main landmark, so keyboard users skip the toolbar and navigation (WCAG 2.4.1). */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected toggleMenu(): void {
    void this.sidenav().toggle();
    // At once, not after the slide animation (openedChange), so the button never announces a stale state.
    this.menuOpen.set(this.sidenav().opened);
  }

  protected closeIfOverlay(): void {
    if (this.isNarrow()) void this.sidenav().close();
  }

  protected async signOut(): Promise<void> {
    const revoked = await this.auth.logout();
    await this.router.navigate(['/inloggen']);
    if (!revoked)
      this.snackBar.open(this.translate.instant('shell.signOutFailed') as string, undefined, {
        duration: 8000,
      });
  }
}
