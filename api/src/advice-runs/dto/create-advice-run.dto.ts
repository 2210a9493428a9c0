import { ApiPropertyOptional } from '@nestjs/swagger';
import { ADVICE_SCOPES, type AdviceScope, type CreateAdviceRunRequest } from '@wijkkracht/contracts';
import { IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class CreateAdviceRunDto implements CreateAdviceRunRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A scenario of the organisation: the advice is for the plan as the scenario sees it.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  scenarioId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 2147483647, default: 1, description: 'Same input and seed give the same advice.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(2147483647, { message: 'must be at most 2147483647' })
  seed?: number;

  @ApiPropertyOptional({ minimum: 0.5, maximum: 0.99, default: 0.8, description: 'Chance of being on time every milestone should reach.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(0.5, { message: 'must be at least 0.5' })
  @Max(0.99, { message: 'must be at most 0.99' })
  targetProbability?: number;

  @ApiPropertyOptional({ minimum: 10, maximum: 1000, default: 200, description: 'Simulations per evaluation; every evaluation replays the same futures.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(10, { message: 'must be at least 10' })
  @Max(1000, { message: 'must be at most 1000' })
  simulations?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000, description: 'Euros an hour for internal staff (salary and overhead); without it the internal cost is not given.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1000, { message: 'must be at most 1000' })
  internalHourlyRate?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000, default: 110, description: 'Euros an hour for inhuur.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(1000, { message: 'must be at most 1000' })
  externalHourlyRate?: number;

  @ApiPropertyOptional({ minimum: 5, maximum: 200, default: 60, description: 'Forecast evaluations the search may make (trimming may add up to 41).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(5, { message: 'must be at least 5' })
  @Max(200, { message: 'must be at most 200' })
  maxEvaluations?: number;

  @ApiPropertyOptional({
    enum: ADVICE_SCOPES,
    default: 'council',
    description: '`council`: the council’s decisions on the WUP (as in the council report); `all`: every milestone with a deadline.',
  })
  @IsOptional()
  @IsIn(ADVICE_SCOPES, { message: `must be one of ${ADVICE_SCOPES.join(', ')}` })
  scope?: AdviceScope;
}
