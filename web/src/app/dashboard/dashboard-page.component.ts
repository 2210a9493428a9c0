import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../auth/auth.service';
import { EmptyStateComponent } from '../ui/empty-state.component';

/** Landing page after sign-in. Greets the user; the heat map and key figures arrive with the forecasts (issue 6). */
@Component({
  selector: 'wk-dashboard-page',
  imports: [EmptyStateComponent, MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page">
      @if (user(); as user) {
        <h1>{{ 'dashboard.greeting' | translate: { name: user.name } }}</h1>
        <p class="role-line">
          {{
            'dashboard.roleLine'
              | translate: { role: (roleKey() | translate), organisation: user.organisation.name }
          }}
        </p>
      }
      <wk-empty-state
        [heading]="'dashboard.emptyTitle' | translate"
        [text]="'dashboard.emptyText' | translate"
      />
    </div>
  `,
  styles: `
    .role-line {
      font: var(--mat-sys-body-large);
      margin: 0 0 24px;
    }
  `,
})
export class DashboardPageComponent {
  protected readonly user = inject(AuthService).user;
  protected readonly roleKey = computed(() => `roles.${this.user()?.role ?? 'viewer'}`);
}
