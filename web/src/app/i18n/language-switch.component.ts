import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGES, Language, LanguageService } from './language.service';

/** NL/EN switch. Each option names its language in that language's own `lang`, so screen readers pronounce it right. */
@Component({
  selector: 'wk-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [value]="language.current()"
      (change)="choose($event)"
      [attr.aria-label]="'language.label' | translate"
    >
      <mat-button-toggle value="nl" lang="nl"
        >NL<span class="wk-visually-hidden"> (Nederlands)</span></mat-button-toggle
      >
      <mat-button-toggle value="en" lang="en"
        >EN<span class="wk-visually-hidden"> (English)</span></mat-button-toggle
      >
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: inline-flex;
      --mat-button-toggle-height: 36px;
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly language = inject(LanguageService);

  protected choose(event: MatButtonToggleChange): void {
    const value = event.value as unknown;
    if ((LANGUAGES as readonly unknown[]).includes(value)) void this.language.use(value as Language);
  }
}
