import { ConflictException } from '@nestjs/common';
import { problem } from '../problem';

/** Optimistic locking: a change based on another version than the current one changes nothing. */
export const VersionConflict = {
  assert(what: string, current: number, sent: number | undefined): void {
    if (sent === undefined || sent === current) return;
    throw new ConflictException(
      problem(409, `Deze ${what} is intussen gewijzigd (versie ${current}, u stuurde ${sent}). Laad opnieuw en probeer het nog eens.`, [
        { name: 'version', reason: `must equal the current version ${current}` },
      ]),
    );
  },
};
