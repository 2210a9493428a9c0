import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { EmptyStateComponent } from '../ui/empty-state.component';

/** Placeholder until the feature's API exists (issue 6): an honest empty state, no sample data. */
@Component({
  selector: 'wk-assignments-page',
  imports: [EmptyStateComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page">
      <h1>{{ 'pages.assignments.title' | translate }}</h1>
      <wk-empty-state
        [heading]="'pages.assignments.emptyTitle' | translate"
        [text]="'pages.assignments.emptyText' | translate"
      />
    </div>
  `,
})
export class AssignmentsPageComponent {}
