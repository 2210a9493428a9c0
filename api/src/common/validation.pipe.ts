import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { InvalidParam } from '@wijkkracht/contracts';
import { problem } from './problem';

/**
 * Validation at the edge: unknown fields are refused, types are converted only where declared, and
 * every broken rule is reported by field path so the web app can show it next to the field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const invalidParams = flatten(errors);
      const names = [...new Set(invalidParams.map((p) => p.name))].join(', ');
      return new BadRequestException(problem(400, `Controleer ${names}.`, invalidParams));
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ name, reason }));
    return [...own, ...flatten(error.children ?? [], name)];
  });
}
