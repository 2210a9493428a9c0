import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** A calendar date as `YYYY-MM-DD` that exists (no 2026-02-30). */
export function IsIsoDate(options: { each?: boolean } = {}): PropertyDecorator {
  const each = options.each ? 'each ' : '';
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${each}must be a date as YYYY-MM-DD`, each: options.each }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${each}must be a date that exists`, each: options.each }),
  );
}
