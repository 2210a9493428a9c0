import { OnDestroy, Pipe, PipeTransform } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { isTranslationKey, type Message } from './problem-messages';

/**
 * A Message as text: our own text by its translation key and parameters, in the user's language (and again when
 * they switch), or the API's own words as they came. Impure, as the translate pipe it uses.
 */
@Pipe({ name: 'message', pure: false })
export class MessagePipe implements PipeTransform, OnDestroy {
  private readonly translate = new TranslatePipe();

  transform(message: Message): string {
    return isTranslationKey(message) ? this.translate.transform(message.key, message.params) : message.text;
  }

  ngOnDestroy(): void {
    this.translate.ngOnDestroy();
  }
}
