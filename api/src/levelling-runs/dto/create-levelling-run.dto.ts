import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateLevellingRunRequest } from '@wijkkracht/contracts';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const MAX_SCHEDULES = 5000;

export class CreateLevellingRunDto implements CreateLevellingRunRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A scenario of the organisation: its overrides are applied to the plan of record for this levelling.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  scenarioId?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 2147483647,
    default: 1,
    description: 'Same input and seed give the same schedule.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(2147483647, { message: 'must be at most 2147483647' })
  seed?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_SCHEDULES,
    default: 1000,
    description: 'Schedules the solver may generate; 1 is one priority-rule pass, more search for fewer late milestones.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_SCHEDULES, { message: `must be at most ${MAX_SCHEDULES}` })
  schedules?: number;
}
