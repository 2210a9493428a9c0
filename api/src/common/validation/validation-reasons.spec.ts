import { classifyReason } from '@wijkkracht/contracts';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..');

/** Every request DTO of the API: each file under a dto folder, and the shared ones in common/crud. */
function dtoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dtoFiles(path);
    const isDto = /\/dto\/[^/]+\.ts$/.test(path) || /\/common\/crud\/[^/]+\.dto\.ts$/.test(path);
    return isDto && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Validators that state no rule of their own: optional fields, conditions, nesting, whitelisting. */
const SILENT_TYPES = new Set([
  'conditionalValidation',
  'nestedValidation',
  'whitelistValidation',
  'isDefined',
]);

describe('the reasons the validators give', () => {
  const files = dtoFiles(SRC);
  let stated: ValidationMetadata[] = [];

  beforeAll(async () => {
    for (const file of files) await import(file);
    // class-validator keeps every decorated class's validators in one store; its map is not public API.
    const byTarget = (
      getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> }
    ).validationMetadatas;
    stated = [...byTarget.values()].flat().filter((m) => !SILENT_TYPES.has(m.type));
  });

  it('finds the DTOs and their validators', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(stated.length).toBeGreaterThan(200);
  });

  it('words every rule itself, so that no default English message of class-validator reaches a user', () => {
    const unworded = stated
      .filter((m) => typeof m.message !== 'string')
      .map((m) => `${(m.target as { name?: string }).name}.${m.propertyName} (${m.name ?? m.type})`);
    expect(unworded).toEqual([]);
  });

  it('states only rules the web app knows, so it can show each in the user’s language', () => {
    const reasons = stated.map((m) => m.message).filter((m): m is string => typeof m === 'string');
    const unknown = [...new Set(reasons)].filter((reason) => !classifyReason(reason));
    expect(unknown).toEqual([]);
  });
});
