import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export interface ConfirmDialogData {
  /** Already translated: the dialog shows what it is given. */
  title: string;
  text: string;
  /** What the confirming button does, e.g. "Tot plan maken" (never just "OK"). */
  confirm: string;
  cancel: string;
}

/**
 * Asks before a change that cannot be undone from the page. Closes with `true` on confirm, `undefined` otherwise;
 * Escape and the cancel button both cancel, and focus starts on cancel so Enter does no harm.
 */
@Component({
  selector: 'wk-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.text }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-stroked-button type="button" [mat-dialog-close]="undefined" cdkFocusInitial>{{ data.cancel }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
