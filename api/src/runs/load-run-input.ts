import { NotFoundException } from '@nestjs/common';
import type { Programme } from '@wijkkracht/planning';
import { problem } from '../common/problem';
import { ProgrammeLoadOptions, ProgrammeMapper, ScenarioNotFoundError } from '../planning-input/programme.mapper';

/** The plan (or a scenario of it) as the engine's input for a run; a scenario of another organisation is a 404 naming `scenarioId`. */
export function loadRunInput(
  mapper: ProgrammeMapper,
  organisationId: string,
  options: ProgrammeLoadOptions,
): Promise<Programme> {
  return mapper.load(organisationId, options).catch((error: unknown) => {
    if (!(error instanceof ScenarioNotFoundError)) throw error;
    throw new NotFoundException(
      problem(404, 'Dit scenario bestaat niet.', [
        { name: 'scenarioId', reason: 'must name a scenario of your organisation' },
      ]),
    );
  });
}
