/**
 * After a form is refused, keyboard and screen-reader users land on the first field in error (WCAG 3.3.1), once
 * the error state has been rendered.
 */
export function focusFirstError(container: ParentNode = document): void {
  setTimeout(() => {
    const field = container.querySelector<HTMLElement>(
      '.mat-form-field-invalid input, .mat-form-field-invalid mat-select, .mat-form-field-invalid textarea',
    );
    field?.focus();
  });
}
