import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** What a page shows when it has no data yet: says so plainly and what will appear, never placeholder figures. */
@Component({
  selector: 'wk-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="empty-state" [attr.aria-labelledby]="headingId">
      <mat-icon svgIcon="empty" aria-hidden="true" />
      <h2 [id]="headingId">{{ heading() }}</h2>
      <p>{{ text() }}</p>
      <ng-content />
    </section>
  `,
  styles: `
    .empty-state {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 8px;
      padding: 48px 24px;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    mat-icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-on-surface-variant);
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    p {
      max-width: 60ch;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EmptyStateComponent {
  private static nextId = 0;
  readonly heading = input.required<string>();
  readonly text = input.required<string>();
  protected readonly headingId = `wk-empty-state-${EmptyStateComponent.nextId++}`;
}
