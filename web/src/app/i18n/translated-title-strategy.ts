import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/** Page titles per route (WCAG 2.4.2): the route's `title` is a translation key; re-translated on a language switch. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private currentKey: string | undefined;

  constructor() {
    super();
    this.translate.onLangChange.subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.currentKey = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const product = this.translate.instant('app.name') as string;
    const page = this.currentKey ? (this.translate.instant(this.currentKey) as string) : undefined;
    this.title.setTitle(page ? `${page} · ${product}` : product);
  }
}
