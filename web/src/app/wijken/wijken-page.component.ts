import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { EmptyStateComponent } from '../ui/empty-state.component';

/** Placeholder until the feature's API exists (issue 6): an honest empty state, no sample data. */
@Component({
  selector: 'wk-wijken-page',
  imports: [EmptyStateComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page">
      <h1>{{ 'pages.wijken.title' | translate }}</h1>
      <wk-empty-state
        [heading]="'pages.wijken.emptyTitle' | translate"
        [text]="'pages.wijken.emptyText' | translate"
      />
    </div>
  `,
})
export class WijkenPageComponent {}
