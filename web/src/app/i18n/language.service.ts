import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'wijkkracht.language';

/** The UI language: Dutch unless the user chose English; keeps `<html lang>` in step for screen readers. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  readonly current = signal<Language>('nl');

  /** Loads the stored choice; Dutch by default, whatever the browser says (Dutch first). */
  async init(): Promise<void> {
    await this.use(this.storedChoice() ?? 'nl');
  }

  async use(language: Language): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage can be disabled by policy; the choice then lasts for this visit only.
    }
  }

  private storedChoice(): Language | null {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : null;
    } catch {
      return null;
    }
  }
}
