import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'wk-not-found-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page">
      <h1>{{ 'pages.notFound.title' | translate }}</h1>
      <p>{{ 'pages.notFound.text' | translate }}</p>
      <a mat-flat-button routerLink="/dashboard">{{ 'pages.notFound.back' | translate }}</a>
    </div>
  `,
})
export class NotFoundPageComponent {}
