import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { InvalidParam } from '@wijkkracht/contracts';
import { problem } from './problem';

/**
 * Validation at the edge: unknown fields are refused, types are converted only where declared, and
 * every broken rule is reported by field path so the web app can show it next to the field.
 */
export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
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

/** Keys that would reach an object's prototype; class-transformer drops them silently, so a body of only these would pass as empty. */
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class EdgeValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') {
      const key = pollutingKey(value, '');
      if (key)
        throw new BadRequestException(problem(400, `Controleer ${key}.`, [{ name: key, reason: 'is not allowed' }]));
    }
    return super.transform(value, metadata);
  }
}

function pollutingKey(value: unknown, path: string, depth = 0): string | null {
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const key of Object.keys(value)) {
    const name = path ? `${path}.${key}` : key;
    if (POLLUTING_KEYS.has(key)) return name;
    const nested = pollutingKey((value as Record<string, unknown>)[key], name, depth + 1);
    if (nested) return nested;
  }
  return null;
}

function flatten(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ name, reason }));
    return [...own, ...flatten(error.children ?? [], name)];
  });
}
