import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { TRANSLATIONS_EN } from './translations-en';
import { TRANSLATIONS_NL } from './translations-nl';

/** Serves the translations bundled with the app: no extra request, and a missing key fails the type check. */
@Injectable()
export class StaticTranslateLoader implements TranslateLoader {
  getTranslation(language: string): Observable<TranslationObject> {
    return of(language === 'en' ? TRANSLATIONS_EN : TRANSLATIONS_NL);
  }
}
