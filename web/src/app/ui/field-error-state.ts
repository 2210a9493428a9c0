import type { Signal } from '@angular/core';
import type { ErrorStateMatcher } from '@angular/material/core';

/**
 * Material shows a field's mat-error only while the field is in an error state; our forms keep their messages
 * (own checks and the API's problem details) in a signal, so the field is in error exactly when it has a message.
 */
export function fieldErrorState(errors: Signal<Partial<Record<string, unknown>>>, field: string): ErrorStateMatcher {
  return { isErrorState: () => !!errors()[field] };
}
